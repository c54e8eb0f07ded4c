// Phase: augmentation. The matching grows by one edge along the path through the two trees that
// met, swapping matched and unmatched edges, round every blossom on the way too.

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    private sealed partial class Solver
    {
        /// <summary>
        /// Swaps matched and unmatched edges on the even path round blossom b from vertex v to the
        /// base, making v the new base, recursively inside sub-blossoms.
        /// </summary>
        private void AugmentBlossom(int b, int v)
        {
            var n = _vertexCount;

            // The child of b that contains v.
            var t = v;
            while (_blossomParent[t] != b)
            {
                t = _blossomParent[t];
            }

            if (t >= n)
            {
                AugmentBlossom(t, v);
            }

            var children = _children[b];
            var endpoints = _childEndpoints[b];
            var first = children.IndexOf(t);
            var j = first;
            int step, trick;
            if ((j & 1) != 0)
            {
                j -= children.Count;
                step = 1;
                trick = 0;
            }
            else
            {
                step = -1;
                trick = 1;
            }

            // Walk the even path towards the base, matching every second edge.
            while (j != 0)
            {
                j += step;
                t = At(children, j);
                var p = At(endpoints, j - trick) ^ trick;
                if (t >= n)
                {
                    AugmentBlossom(t, _endpoint[p]);
                }

                j += step;
                t = At(children, j);
                if (t >= n)
                {
                    AugmentBlossom(t, _endpoint[p ^ 1]);
                }

                _mate[_endpoint[p]] = p ^ 1;
                _mate[_endpoint[p ^ 1]] = p;
            }

            // Rotate the cycle so that the child holding the new base comes first.
            RotateLeft(children, first);
            RotateLeft(endpoints, first);
            _blossomBase[b] = _blossomBase[children[0]];
        }

        /// <summary>Augments the matching along the path through tight edge k between two S-vertices of different trees.</summary>
        private void AugmentMatching(int k)
        {
            var n = _vertexCount;
            for (var side = 0; side < 2; side++)
            {
                // From each end of edge k back to the root of its tree.
                var s = _endpoint[2 * k + side];
                var p = (2 * k + side) ^ 1;
                while (true)
                {
                    var bs = _inBlossom[s];
                    if (bs >= n)
                    {
                        AugmentBlossom(bs, s);
                    }

                    _mate[s] = p;
                    if (_labelEnd[bs] == None)
                    {
                        // Reached the root: a free vertex, now matched.
                        break;
                    }

                    var t = _endpoint[_labelEnd[bs]];
                    var bt = _inBlossom[t];
                    s = _endpoint[_labelEnd[bt]];
                    var j = _endpoint[_labelEnd[bt] ^ 1];
                    if (bt >= n)
                    {
                        AugmentBlossom(bt, j);
                    }

                    _mate[j] = _labelEnd[bt];
                    p = _labelEnd[bt] ^ 1;
                }
            }
        }
    }
}
