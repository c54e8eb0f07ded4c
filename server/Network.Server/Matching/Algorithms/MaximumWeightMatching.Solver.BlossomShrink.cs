// Phase: shrinking a blossom. An odd cycle closed inside one tree becomes a new S-blossom, which
// takes over its children's least-slack edges.

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    private sealed partial class Solver
    {
        /// <summary>
        /// Shrinks the odd cycle closed by tight edge k, with the given base vertex, into a new
        /// S-blossom, and computes its least-slack edges to the other S-blossoms.
        /// </summary>
        private void AddBlossom(int baseVertex, int k)
        {
            var v = _endpoint[2 * k];
            var w = _endpoint[2 * k + 1];
            var bb = _inBlossom[baseVertex];
            var bv = _inBlossom[v];
            var bw = _inBlossom[w];

            var b = _unusedBlossoms.Pop();
            _activePosition[b] = _activeBlossoms.Count;
            _activeBlossoms.Add(b);
            _blossomBase[b] = baseVertex;
            _blossomParent[b] = None;
            _blossomParent[bb] = b;
            var children = _children[b];
            var endpoints = _childEndpoints[b];
            children.Clear();
            endpoints.Clear();

            // The cycle: from the base down to v (collected from v upwards, then reversed), edge k,
            // then from w back up to the base.
            while (bv != bb)
            {
                _blossomParent[bv] = b;
                children.Add(bv);
                endpoints.Add(_labelEnd[bv]);
                v = _endpoint[_labelEnd[bv]];
                bv = _inBlossom[v];
            }

            children.Add(bb);
            children.Reverse();
            endpoints.Reverse();
            endpoints.Add(2 * k);
            while (bw != bb)
            {
                _blossomParent[bw] = b;
                children.Add(bw);
                endpoints.Add(_labelEnd[bw] ^ 1);
                w = _endpoint[_labelEnd[bw]];
                bw = _inBlossom[w];
            }

            // The new blossom is S; its former T-vertices become S and must be scanned.
            _label[b] = SLabel;
            _labelEnd[b] = _labelEnd[bb];
            _dual[b] = 0;
            _leaves.Clear();
            AppendLeaves(b, _leaves);
            foreach (var leaf in _leaves)
            {
                if (_label[_inBlossom[leaf]] == TLabel)
                {
                    _queue.Add(leaf);
                }

                _inBlossom[leaf] = b;
            }

            // Least-slack edge to each other S-blossom, merged from the children's lists (or from
            // their vertices' edges when a child has no list).
            _bestEdgeTouched.Clear();
            foreach (var child in children)
            {
                if (_hasBestEdgeList[child])
                {
                    foreach (var edge in _bestEdgeList[child])
                    {
                        var i = _endpoint[2 * edge];
                        var j = _endpoint[2 * edge + 1];
                        ConsiderBestEdge(b, edge, _inBlossom[j] == b ? i : j);
                    }
                }
                else
                {
                    _leaves.Clear();
                    AppendLeaves(child, _leaves);
                    foreach (var leaf in _leaves)
                    {
                        var end = _adjacencyStart[leaf + 1];
                        for (var a = _adjacencyStart[leaf]; a < end; a++)
                        {
                            ConsiderBestEdge(b, _adjacency[a].Edge, _adjacency[a].Vertex);
                        }
                    }
                }

                _hasBestEdgeList[child] = false;
                SetBestEdge(child, LeastSlackEdge.Absent);
            }

            var list = _bestEdgeList[b];
            list.Clear();
            var best = None;
            long bestSlack = 0;
            foreach (var other in _bestEdgeTouched)
            {
                var edge = _bestEdgeTo[other];
                _bestEdgeTo[other] = None;
                list.Add(edge);
                var slack = Slack(edge);
                if (best == None || slack < bestSlack)
                {
                    best = edge;
                    bestSlack = slack;
                }
            }

            _hasBestEdgeList[b] = true;
            SetBestEdge(b, best == None ? LeastSlackEdge.Absent : Record(best));
        }

        /// <summary>Keeps edge k as the new blossom b's best edge to the S-blossom of <paramref name="farVertex"/> if it has less slack.</summary>
        private void ConsiderBestEdge(int b, int k, int farVertex)
        {
            var other = _inBlossom[farVertex];
            if (other == b || _label[other] != SLabel)
            {
                return;
            }

            var current = _bestEdgeTo[other];
            if (current == None)
            {
                _bestEdgeTo[other] = k;
                _bestEdgeTouched.Add(other);
            }
            else if (Slack(k) < Slack(current))
            {
                _bestEdgeTo[other] = k;
            }
        }
    }
}
