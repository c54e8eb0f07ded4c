// Phase: expanding a blossom. A T-blossom whose dual has fallen to zero, or a blossom with zero dual
// left behind by a dissolved tree, is taken apart into its children, relabelled so that the tree
// stays alternating.

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    private sealed partial class Solver
    {
        /// <summary>
        /// Dissolves blossom b into its children. For a T-blossom whose dual fell to zero, the
        /// children on the even path from the entry child to the base are relabelled so that the
        /// alternating tree stays intact; the others become unlabelled unless one of their vertices
        /// was reached. An unlabelled blossom (<paramref name="outsideForest"/>) just falls apart, and
        /// so do its children whose dual is zero.
        /// </summary>
        private void ExpandBlossom(int b, bool outsideForest)
        {
            var n = _vertexCount;
            var children = _children[b];
            var endpoints = _childEndpoints[b];

            // The children become top-level blossoms.
            foreach (var child in children)
            {
                _blossomParent[child] = None;
                if (child < n)
                {
                    _inBlossom[child] = child;
                }
                else if (outsideForest && _dual[child] == 0)
                {
                    ExpandBlossom(child, outsideForest);
                }
                else
                {
                    _leaves.Clear();
                    AppendLeaves(child, _leaves);
                    foreach (var leaf in _leaves)
                    {
                        _inBlossom[leaf] = child;
                    }
                }
            }

            if (!outsideForest && _label[b] == TLabel)
            {
                var count = children.Count;

                // The child through which the blossom was reached, and the direction round the
                // cycle that gives an even-length path from it to the base.
                var entryChild = _inBlossom[_endpoint[_labelEnd[b] ^ 1]];
                var j = children.IndexOf(entryChild);
                int step, trick;
                if ((j & 1) != 0)
                {
                    j -= count;
                    step = 1;
                    trick = 0;
                }
                else
                {
                    step = -1;
                    trick = 1;
                }

                // Relabel the children along that path: alternately T and S.
                var p = _labelEnd[b];
                while (j != 0)
                {
                    _label[_endpoint[p ^ 1]] = Unlabelled;
                    _label[_endpoint[At(endpoints, j - trick) ^ trick ^ 1]] = Unlabelled;
                    AssignLabel(_endpoint[p ^ 1], TLabel, p);
                    _allowEdge[At(endpoints, j - trick) >> 1] = true;
                    j += step;
                    p = At(endpoints, j - trick) ^ trick;
                    _allowEdge[p >> 1] = true;
                    j += step;
                }

                // The child holding the base becomes T without passing S to its mate (which is
                // outside the blossom and already labelled).
                var baseChild = At(children, j);
                _label[_endpoint[p ^ 1]] = _label[baseChild] = TLabel;
                _labelEnd[_endpoint[p ^ 1]] = _labelEnd[baseChild] = p;
                SetBestEdge(baseChild, LeastSlackEdge.Absent);

                // The children on the odd path are unlabelled, unless a vertex in one of them was
                // reached by a tight edge from an S-vertex: that child then becomes T through it.
                j += step;
                while (At(children, j) != entryChild)
                {
                    var child = At(children, j);
                    j += step;
                    if (_label[child] == SLabel)
                    {
                        // It has just become S through one of its neighbours.
                        continue;
                    }

                    _leaves.Clear();
                    AppendLeaves(child, _leaves);
                    var reached = None;
                    foreach (var leaf in _leaves)
                    {
                        if (_label[leaf] != Unlabelled)
                        {
                            reached = leaf;
                            break;
                        }
                    }

                    if (reached != None)
                    {
                        _label[reached] = Unlabelled;
                        _label[_endpoint[_mate[_blossomBase[child]]]] = Unlabelled;
                        AssignLabel(reached, TLabel, _labelEnd[reached]);
                    }
                }
            }

            // Return the blossom number to the pool.
            _label[b] = Unlabelled;
            _labelEnd[b] = None;
            children.Clear();
            endpoints.Clear();
            _blossomBase[b] = None;
            _hasBestEdgeList[b] = false;
            SetBestEdge(b, LeastSlackEdge.Absent);
            _unusedBlossoms.Push(b);
            var last = _activeBlossoms[^1];
            _activeBlossoms[_activePosition[b]] = last;
            _activePosition[last] = _activePosition[b];
            _activeBlossoms.RemoveAt(_activeBlossoms.Count - 1);
        }
    }
}
