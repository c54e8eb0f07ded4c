namespace Network.Server.Insights;

/// <summary>Disjoint sets of the cells of a table, joined as sums link them, with the size of each set.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int cells)
    {
        _parent = new int[cells];
        _size = new int[cells];
        Reset();
    }

    /// <summary>Every cell in a set of its own again.</summary>
    public void Reset()
    {
        for (var cell = 0; cell < _parent.Length; cell++)
        {
            _parent[cell] = cell;
        }

        Array.Fill(_size, 1);
    }

    public int Find(int cell)
    {
        var root = cell;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[cell] != root)
        {
            var parent = _parent[cell];
            _parent[cell] = root;
            cell = parent;
        }

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
