namespace Network.Server.Insights;

/// <summary>Disjoint sets of cells, joined as sums link them, with the size of each set.</summary>
internal sealed class UnionFind
{
    private readonly Dictionary<int, int> _parent = [];
    private readonly Dictionary<int, int> _size = [];

    public int Find(int cell)
    {
        if (!_parent.TryGetValue(cell, out var parent))
        {
            _parent[cell] = cell;
            _size[cell] = 1;
            return cell;
        }

        if (parent == cell)
        {
            return cell;
        }

        var root = Find(parent);
        _parent[cell] = root;
        return root;
    }

    public void Union(int a, int b)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA == rootB)
        {
            return;
        }

        if (_size[rootA] < _size[rootB])
        {
            (rootA, rootB) = (rootB, rootA);
        }

        _parent[rootB] = rootA;
        _size[rootA] += _size[rootB];
    }

    public int Size(int root) => _size[root];
}
