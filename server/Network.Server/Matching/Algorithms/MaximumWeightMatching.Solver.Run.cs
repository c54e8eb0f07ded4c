// The main loop and the result: grow the trees, update the duals, and repeat until the duals prove
// the matching optimal; then read off each vertex's mate and the final duals that certify it
// (MatchingCertificate.cs).

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    private sealed partial class Solver
    {
        public int[] Run()
        {
            var n = _vertexCount;

            // Every free vertex is the root of an alternating tree, and stays one until it is matched.
            for (var v = 0; v < n; v++)
            {
                if (_mate[v] == None && _label[_inBlossom[v]] == Unlabelled)
                {
                    AssignLabel(v, SLabel, None);
                }
            }

            while (true)
            {
                // Grow the alternating trees along tight edges from the queued S-vertices, augmenting
                // whenever two trees meet.
                while (_queue.Count > 0)
                {
                    var v = _queue[^1];
                    _queue.RemoveAt(_queue.Count - 1);
                    if (_label[_inBlossom[v]] == SLabel && ScanVertex(v))
                    {
                        _cancellationToken.ThrowIfCancellationRequested();
                    }
                }

                _cancellationToken.ThrowIfCancellationRequested();

                // No tight edge is left to use: change the duals, or stop at the optimum.
                if (!UpdateDuals())
                {
                    break;
                }
            }

            var mates = new int[n];
            for (var v = 0; v < n; v++)
            {
                mates[v] = _mate[v] == None ? None : _endpoint[_mate[v]];
            }

            return mates;
        }

        /// <summary>The final vertex and blossom duals.</summary>
        public MatchingCertificate Certificate()
        {
            var n = _vertexCount;
            var blossoms = new List<BlossomDual>();
            foreach (var b in _activeBlossoms)
            {
                _leaves.Clear();
                AppendLeaves(b, _leaves);
                blossoms.Add(new BlossomDual([.. _leaves], _dual[b]));
            }

            return new MatchingCertificate(_dual[..n], blossoms);
        }
    }
}
