// After an augmentation: the two trees that met leave the forest while the others keep growing
// (Galil's formulation restarts every tree here), and the least-slack records that relied on them
// are recomputed or kept as lower bounds.

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    private sealed partial class Solver
    {
        /// <summary>
        /// After an augmentation: the two trees it joined leave the forest (their roots are matched
        /// now), while every other tree keeps growing. Galil's formulation restarts all trees at this
        /// point, which costs a scan of every S-vertex's edges per augmentation; here only the two
        /// trees are unlabelled, and the least-slack records that relied on their S-vertices are
        /// brought up to date. The duals are untouched, so the invariants of the method still hold.
        /// </summary>
        private void DissolveTrees(int treeA, int treeB)
        {
            var n = _vertexCount;
            _dissolveStamp++;
            _dissolved.Clear();
            for (var v = 0; v < n; v++)
            {
                if (_label[_inBlossom[v]] != Unlabelled && (_tree[v] == treeA || _tree[v] == treeB))
                {
                    _dissolved.Add(v);
                    _dissolvedAt[v] = _dissolveStamp;
                }
            }

            // Unlabel their vertices and blossoms (with every sub-blossom, whose labels are stale),
            // and forget which of their edges were tight.
            foreach (var v in _dissolved)
            {
                var top = _inBlossom[v];
                if (_label[top] != Unlabelled)
                {
                    Unlabel(top);
                }

                _label[v] = Unlabelled;
                SetBestEdge(v, LeastSlackEdge.Absent);
                var end = _adjacencyStart[v + 1];
                for (var a = _adjacencyStart[v]; a < end; a++)
                {
                    _allowEdge[_adjacency[a].Edge] = false;
                }
            }

            // Their blossoms whose dual is zero, which no longer affect any slack, fall apart (as at
            // the end of a stage in Galil's formulation).
            foreach (var v in _dissolved)
            {
                var top = _inBlossom[v];
                if (top >= n && _dual[top] == 0)
                {
                    ExpandBlossom(top, outsideForest: true);
                }
            }

            // Vertices outside S-blossoms whose least-slack edge from an S-vertex (delta 2) came from a
            // dissolved tree: the vertices of the dissolved trees and those inside T-blossoms are
            // rescanned (the latter also to see whether a tight edge still reaches them); for the
            // other unlabelled vertices the old least slack stays a lower bound, since the S-vertices
            // can only have become fewer, and the edges are rescanned only when a dual update needs it.
            for (var y = 0; y < n; y++)
            {
                var topLabel = _label[_inBlossom[y]];
                if (topLabel == SLabel)
                {
                    continue;
                }

                var best = _bestEdge[y];
                var leftTheForest = !best.IsAbsent && !IsSVertex(best.FarEnd(y));
                if (_dissolvedAt[y] == _dissolveStamp)
                {
                    RescanOutsideS(y);
                }
                else if (topLabel == TLabel)
                {
                    if (leftTheForest || (_label[y] == TLabel && !IsSVertex(_endpoint[_labelEnd[y]])))
                    {
                        RescanOutsideS(y);
                    }
                }
                else if (leftTheForest)
                {
                    KeepBound(y, Slack(best) + _dualShift);
                }
            }

            // S-blossoms whose least-slack edge to another S-blossom (delta 3) led into a dissolved
            // tree: likewise, the old least slack stays a lower bound.
            for (var v = 0; v < n; v++)
            {
                if (_inBlossom[v] == v)
                {
                    RepairBestEdgeOfSBlossom(v);
                }
            }

            foreach (var b in _activeBlossoms)
            {
                if (_blossomParent[b] == None)
                {
                    RepairBestEdgeOfSBlossom(b);
                }
            }
        }

        /// <summary>Keeps only a bound for the least-slack edge of top-level S-blossom b if it leads to a vertex that is no longer S.</summary>
        private void RepairBestEdgeOfSBlossom(int b)
        {
            var best = _bestEdge[b];
            if (_label[b] == SLabel && !best.IsAbsent)
            {
                var far = _inBlossom[best.U] == b ? best.V : best.U;
                if (!IsSVertex(far))
                {
                    KeepBound(b, Slack(best) + 2 * _dualShift);
                }
            }
        }

        /// <summary>Unlabels top-level blossom b and all its sub-blossoms.</summary>
        private void Unlabel(int b)
        {
            ClearLabel(b);
            if (b < _vertexCount)
            {
                return;
            }

            _leafStack.Clear();
            PushChildren(b);
            while (_leafStack.Count > 0)
            {
                var top = PopWalk();
                if (top >= _vertexCount)
                {
                    ClearLabel(top);
                    PushChildren(top);
                }
            }
        }

        private void ClearLabel(int b)
        {
            _label[b] = Unlabelled;
            SetBestEdge(b, LeastSlackEdge.Absent);
            _hasBestEdgeList[b] = false;
        }

        private bool IsSVertex(int v) => _label[_inBlossom[v]] == SLabel;
    }
}
