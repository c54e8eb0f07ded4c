// Phase: the search for augmenting paths. S-vertices are scanned and the alternating trees grow
// along tight edges (labelling); a tight edge between two S-vertices closes a blossom
// (BlossomShrink) or completes an augmenting path (Augment).

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    private sealed partial class Solver
    {
        /// <summary>
        /// Scans the edges of S-vertex v: a tight edge to an unlabelled vertex extends its tree, a tight
        /// edge to another S-vertex makes a blossom or an augmenting path; other edges only update the
        /// least-slack bookkeeping. Returns whether the matching was augmented.
        /// </summary>
        private bool ScanVertex(int v)
        {
            var end = _adjacencyStart[v + 1];
            for (var a = _adjacencyStart[v]; a < end; a++)
            {
                var incidence = _adjacency[a];
                var p = incidence.Endpoint;
                var k = incidence.Edge;
                var w = incidence.Vertex;
                var bv = _inBlossom[v];
                var bw = _inBlossom[w];
                if (bv == bw)
                {
                    // An edge inside a blossom is of no use.
                    continue;
                }

                long slack = 0;
                if (!_allowEdge[k])
                {
                    slack = _dual[v] + _dual[w] - incidence.DoubleWeight;
                    if (slack <= 0)
                    {
                        _allowEdge[k] = true;
                    }
                }

                var labelW = _label[bw];
                if (_allowEdge[k])
                {
                    if (labelW == Unlabelled)
                    {
                        // w is matched and unreached: w becomes T and its mate S.
                        AssignLabel(w, TLabel, p ^ 1);
                    }
                    else if (labelW == SLabel)
                    {
                        // Two S-vertices: the same tree closes a blossom, different trees augment.
                        var baseVertex = ScanBlossom(v, w);
                        if (baseVertex >= 0)
                        {
                            AddBlossom(baseVertex, k);
                        }
                        else
                        {
                            var treeOfV = _tree[v];
                            var treeOfW = _tree[w];
                            AugmentMatching(k);
                            DissolveTrees(treeOfV, treeOfW);
                            return true;
                        }
                    }
                    else if (_label[w] == Unlabelled)
                    {
                        // w lies in a T-blossom and is reached for the first time; remember the
                        // edge in case the blossom is expanded later.
                        _label[w] = TLabel;
                        _labelEnd[w] = p ^ 1;
                    }
                }
                else if (labelW == SLabel)
                {
                    // Least-slack edge from this S-blossom to another S-blossom (delta 3).
                    if (_bestIsBound[bv]
                        ? slack + 2 * _dualShift < _bestBound[bv]
                        : _bestEdge[bv].IsAbsent || slack < Slack(_bestEdge[bv]))
                    {
                        SetBestEdge(bv, new LeastSlackEdge(k, v, w, incidence.DoubleWeight));
                    }
                }
                else if (_label[w] == Unlabelled)
                {
                    // Least-slack edge from an S-vertex to the unreached vertex w (delta 2).
                    if (_bestIsBound[w]
                        ? slack + _dualShift < _bestBound[w]
                        : _bestEdge[w].IsAbsent || slack < Slack(_bestEdge[w]))
                    {
                        SetBestEdge(w, new LeastSlackEdge(k, v, w, incidence.DoubleWeight));
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Labels the top-level blossom of vertex w, reached through remote endpoint p. An S-blossom
        /// queues its vertices for scanning; a T-blossom passes label S on to the mate of its base.
        /// </summary>
        private void AssignLabel(int w, int label, int p)
        {
            // A root starts its own tree; otherwise the blossom joins the tree of the S-vertex at p.
            var tree = p == None ? w : _tree[_endpoint[p]];
            while (true)
            {
                var b = _inBlossom[w];
                _label[w] = _label[b] = label;
                _labelEnd[w] = _labelEnd[b] = p;
                SetBestEdge(w, LeastSlackEdge.Absent);
                SetBestEdge(b, LeastSlackEdge.Absent);
                if (label == SLabel)
                {
                    // Its vertices are to be scanned; any list of least-slack edges is out of date.
                    _hasBestEdgeList[b] = false;
                    var first = _queue.Count;
                    AppendLeaves(b, _queue);
                    for (var i = first; i < _queue.Count; i++)
                    {
                        _tree[_queue[i]] = tree;
                    }

                    return;
                }

                if (b < _vertexCount)
                {
                    _tree[b] = tree;
                }
                else
                {
                    // Inside a T-blossom, a vertex's dual moves with the blossom's, so a bound on its
                    // least slack would no longer hold: recompute it.
                    _leaves.Clear();
                    AppendLeaves(b, _leaves);
                    foreach (var leaf in _leaves)
                    {
                        _tree[leaf] = tree;
                        if (_bestIsBound[leaf])
                        {
                            RescanOutsideS(leaf);
                        }
                    }
                }

                var mateOfBase = _mate[_blossomBase[b]];
                w = _endpoint[mateOfBase];
                label = SLabel;
                p = mateOfBase ^ 1;
            }
        }

        /// <summary>
        /// Traces back from S-vertices v and w towards their roots, alternately, until the paths meet
        /// (returns the base of the new blossom) or both reach a root (returns −1: an augmenting path).
        /// </summary>
        private int ScanBlossom(int v, int w)
        {
            _path.Clear();
            var baseVertex = None;
            while (v != None || w != None)
            {
                var b = _inBlossom[v];
                if ((_label[b] & Breadcrumb) != 0)
                {
                    baseVertex = _blossomBase[b];
                    break;
                }

                _path.Add(b);
                _label[b] = SLabel | Breadcrumb;
                if (_labelEnd[b] == None)
                {
                    // Reached the root of this tree.
                    v = None;
                }
                else
                {
                    // Step over the T-blossom to the S-blossom above it.
                    v = _endpoint[_labelEnd[b]];
                    b = _inBlossom[v];
                    v = _endpoint[_labelEnd[b]];
                }

                if (w != None)
                {
                    (v, w) = (w, v);
                }
            }

            foreach (var b in _path)
            {
                _label[b] = SLabel;
            }

            return baseVertex;
        }
    }
}
