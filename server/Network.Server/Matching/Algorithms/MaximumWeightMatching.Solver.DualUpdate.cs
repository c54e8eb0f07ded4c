// Phase: the dual update. When no tight edge is left, the duals change by the largest amount that
// keeps them feasible; then the edge that became tight is scanned or the T-blossom whose dual fell to
// zero is expanded, unless the duals prove the matching optimal.

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    private sealed partial class Solver
    {
        /// <summary>
        /// The dual update. Computes the largest change delta that keeps the duals feasible, the
        /// least of: (1) the smallest vertex dual (the optimum is reached when it falls to zero;
        /// not used when maximising cardinality), (2) the least slack of an edge from an S-vertex to
        /// an unreached vertex, (3) half the least slack of an edge between S-blossoms, (4) the
        /// smallest dual of a T-blossom. S-vertices lose delta and T-vertices gain it; S-blossoms
        /// gain delta and T-blossoms lose it (a blossom dual counts twice in the slack of an edge
        /// inside it, so the slacks of edges inside blossoms do not change). Then acts on what became tight or zero. Returns
        /// false when the matching is optimal.
        /// </summary>
        private bool UpdateDuals()
        {
            var n = _vertexCount;
            var deltaType = None;
            long delta = 0;
            var deltaEdge = None;
            var deltaBlossom = None;
            var minimumVertexDual = long.MaxValue;
            _boundVertices.Clear();
            _boundBlossoms.Clear();

            // The amount a bound must beat to matter: the least found so far, or the smallest vertex
            // dual when that ends the algorithm.
            long Cutoff()
            {
                var found = deltaType == None ? long.MaxValue : delta;
                return _maximizeCardinality ? found : Math.Min(found, minimumVertexDual);
            }

            // Keeps the least delta offered so far, of type 2 or 3, with the edge that gives it.
            void Offer(long d, int type, int edge)
            {
                if (deltaType == None || d < delta)
                {
                    delta = d;
                    deltaType = type;
                    deltaEdge = edge;
                }
            }

            // One pass over the vertices: the smallest dual (1), unreached vertices (2), and S-vertices
            // that are blossoms of their own (3). Records that are only bounds are set aside.
            for (var v = 0; v < n; v++)
            {
                minimumVertexDual = Math.Min(minimumVertexDual, _dual[v]);
                var top = _inBlossom[v];
                var topLabel = _label[top];
                if (topLabel == Unlabelled)
                {
                    if (_bestIsBound[v])
                    {
                        _boundVertices.Add(v);
                    }
                    else if (!_bestEdge[v].IsAbsent)
                    {
                        Offer(Slack(_bestEdge[v]), 2, _bestEdge[v].Edge);
                    }
                }
                else if (top == v && topLabel == SLabel)
                {
                    if (_bestIsBound[v])
                    {
                        _boundBlossoms.Add(v);
                    }
                    else if (!_bestEdge[v].IsAbsent)
                    {
                        // Both ends are S, so both duals moved alike since the slack was even.
                        Offer(Slack(_bestEdge[v]) / 2, 3, _bestEdge[v].Edge);
                    }
                }
            }

            // One pass over the blossoms in use: S-blossoms (3) and T-blossoms (4).
            foreach (var b in _activeBlossoms)
            {
                if (_blossomParent[b] != None)
                {
                    continue;
                }

                if (_label[b] == SLabel)
                {
                    if (_bestIsBound[b])
                    {
                        _boundBlossoms.Add(b);
                    }
                    else if (!_bestEdge[b].IsAbsent)
                    {
                        Offer(Slack(_bestEdge[b]) / 2, 3, _bestEdge[b].Edge);
                    }
                }
                else if (_label[b] == TLabel && (deltaType == None || _dual[b] < delta))
                {
                    delta = _dual[b];
                    deltaType = 4;
                    deltaBlossom = b;
                }
            }

            // A record that is only a bound is recomputed when the bound is below the amount found so
            // far; otherwise its true least slack cannot be smaller either.
            foreach (var v in _boundVertices)
            {
                if (_bestBound[v] - _dualShift < Cutoff())
                {
                    RescanOutsideS(v);
                    if (!_bestEdge[v].IsAbsent)
                    {
                        Offer(Slack(_bestEdge[v]), 2, _bestEdge[v].Edge);
                    }
                }
            }

            foreach (var b in _boundBlossoms)
            {
                if ((_bestBound[b] - 2 * _dualShift) / 2 < Cutoff())
                {
                    RecomputeBestEdgeOfSBlossom(b);
                    if (!_bestEdge[b].IsAbsent)
                    {
                        Offer(Slack(_bestEdge[b]) / 2, 3, _bestEdge[b].Edge);
                    }
                }
            }

            if (!_maximizeCardinality && (deltaType == None || minimumVertexDual <= delta))
            {
                deltaType = 1;
                delta = minimumVertexDual;
            }
            else if (deltaType == None)
            {
                // Maximising cardinality and nothing can grow: the matching has maximum
                // cardinality; one last update makes the duals optimal for its weight.
                deltaType = 1;
                delta = Math.Max(0, minimumVertexDual);
            }

            _dualShift += delta;
            if (delta != 0)
            {
                for (var v = 0; v < n; v++)
                {
                    var label = _label[_inBlossom[v]];
                    if (label == SLabel)
                    {
                        _dual[v] -= delta;
                    }
                    else if (label == TLabel)
                    {
                        _dual[v] += delta;
                    }
                }

                foreach (var b in _activeBlossoms)
                {
                    if (_blossomParent[b] == None)
                    {
                        if (_label[b] == SLabel)
                        {
                            _dual[b] += delta;
                        }
                        else if (_label[b] == TLabel)
                        {
                            _dual[b] -= delta;
                        }
                    }
                }
            }

            switch (deltaType)
            {
                case 1:
                    return false;
                case 2:
                    {
                        // An edge to an unreached vertex became tight: scan it from its S end.
                        _allowEdge[deltaEdge] = true;
                        var i = _endpoint[2 * deltaEdge];
                        if (_label[_inBlossom[i]] == Unlabelled)
                        {
                            i = _endpoint[2 * deltaEdge + 1];
                        }

                        _queue.Add(i);
                        return true;
                    }

                case 3:
                    // An edge between S-blossoms became tight: scan it.
                    _allowEdge[deltaEdge] = true;
                    _queue.Add(_endpoint[2 * deltaEdge]);
                    return true;
                default:
                    // A T-blossom's dual fell to zero: expand it.
                    ExpandBlossom(deltaBlossom, outsideForest: false);
                    return true;
            }
        }
    }
}
