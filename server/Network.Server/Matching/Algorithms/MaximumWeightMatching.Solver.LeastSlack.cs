// Least-slack bookkeeping for the dual updates: slacks, the per-vertex and per-blossom records, and
// recomputing a record from its edges when it is out of date or only a lower bound.

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    private sealed partial class Solver
    {
        private long Slack(int k) => _dual[_endpoint[2 * k]] + _dual[_endpoint[2 * k + 1]] - _doubleWeight[k];

        private long Slack(in LeastSlackEdge edge) => _dual[edge.U] + _dual[edge.V] - edge.DoubleWeight;

        private LeastSlackEdge Record(int k) => new(k, _endpoint[2 * k], _endpoint[2 * k + 1], _doubleWeight[k]);

        private void SetBestEdge(int slot, LeastSlackEdge edge)
        {
            _bestEdge[slot] = edge;
            _bestIsBound[slot] = false;
        }

        /// <summary>Keeps only a lower bound for the least slack of a record whose edge has gone stale.</summary>
        private void KeepBound(int slot, long invariantBound)
        {
            _bestIsBound[slot] = true;
            _bestBound[slot] = invariantBound;
            _bestEdge[slot] = LeastSlackEdge.Absent;
        }

        /// <summary>
        /// For vertex y outside the S-blossoms: its least-slack edge from an S-vertex; and when y lies
        /// in a T-blossom, whether a tight edge from an S-vertex reaches it.
        /// </summary>
        private void RescanOutsideS(int y)
        {
            var top = _inBlossom[y];
            var best = LeastSlackEdge.Absent;
            long bestSlack = 0;
            var reachedThrough = None;
            var end = _adjacencyStart[y + 1];
            for (var a = _adjacencyStart[y]; a < end; a++)
            {
                var incidence = _adjacency[a];
                var x = incidence.Vertex;
                var bx = _inBlossom[x];
                if (bx == top || _label[bx] != SLabel)
                {
                    continue;
                }

                var slack = _dual[y] + _dual[x] - incidence.DoubleWeight;
                if (slack <= 0 && reachedThrough == None)
                {
                    // The far endpoint is the end of the edge at the S-vertex.
                    reachedThrough = incidence.Endpoint;
                }

                if (best.IsAbsent || slack < bestSlack)
                {
                    best = new LeastSlackEdge(incidence.Edge, y, x, incidence.DoubleWeight);
                    bestSlack = slack;
                }
            }

            SetBestEdge(y, best);
            if (_label[top] == TLabel && top != y)
            {
                if (reachedThrough != None)
                {
                    _label[y] = TLabel;
                    _labelEnd[y] = reachedThrough;
                    _allowEdge[reachedThrough >> 1] = true;
                }
                else
                {
                    _label[y] = Unlabelled;
                }
            }
        }

        /// <summary>The least-slack edge from S-blossom b to any other S-blossom, from its vertices' edges.</summary>
        private void RecomputeBestEdgeOfSBlossom(int b)
        {
            var best = LeastSlackEdge.Absent;
            long bestSlack = 0;
            _leaves.Clear();
            AppendLeaves(b, _leaves);
            foreach (var leaf in _leaves)
            {
                var end = _adjacencyStart[leaf + 1];
                for (var a = _adjacencyStart[leaf]; a < end; a++)
                {
                    var incidence = _adjacency[a];
                    var x = incidence.Vertex;
                    var bx = _inBlossom[x];
                    if (bx == b || _label[bx] != SLabel)
                    {
                        continue;
                    }

                    var slack = _dual[leaf] + _dual[x] - incidence.DoubleWeight;
                    if (best.IsAbsent || slack < bestSlack)
                    {
                        best = new LeastSlackEdge(incidence.Edge, leaf, x, incidence.DoubleWeight);
                        bestSlack = slack;
                    }
                }
            }

            SetBestEdge(b, best);
        }
    }
}
