using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Network.Server.GraphQL.Filtering;

namespace Network.Server.GraphQL.Spatial;

/// <summary>The centre and radius of a <c>near</c> argument, validated.</summary>
public sealed class Near(Point origin, double radiusKm)
{
    public const double MaxRadiusKm = 200;

    // Looked up once: every request with near builds its filter, distance and sort key from these.
    private static readonly System.Reflection.MethodInfo IsWithinDistance = typeof(Geometry).GetMethod(nameof(Geometry.IsWithinDistance))!;
    private static readonly System.Reflection.MethodInfo Distance = typeof(Geometry).GetMethod(nameof(Geometry.Distance))!;
    private static readonly System.Reflection.MethodInfo DistanceKnn =
        typeof(NpgsqlNetTopologySuiteDbFunctionsExtensions).GetMethod(nameof(NpgsqlNetTopologySuiteDbFunctionsExtensions.DistanceKnn))!;

    /// <summary>The origin as one captured value, so that the filter, the distance and the sort key share one SQL parameter.</summary>
    private Expression OriginParameter => field ??= ExpressionComposer.Parameter(Origin, typeof(Point));

    public Point Origin { get; } = origin;

    public double RadiusKm { get; } = radiusKm;

    public static Near Parse(IDictionary<string, object?> input, IPostcodeLocator postcodes)
    {
        // The origin is a @oneOf input: GraphQL validation has made sure it holds exactly one of the two.
        var origin = input.TryGetValue("origin", out var o) ? o as IDictionary<string, object?> : null;
        var postcode = origin?.TryGetValue("postcode", out var p) == true ? p as string : null;
        var point = origin?.TryGetValue("point", out var pt) == true ? pt as IDictionary<string, object?> : null;
        var radius = input.TryGetValue("radiusKm", out var r) && r is not null ? Convert.ToDouble(r, System.Globalization.CultureInfo.InvariantCulture) : double.NaN;

        if ((postcode is null) == (point is null))
        {
            throw new ExecutionError("near.origin needs exactly one of postcode or point.") { Code = "INVALID_NEAR" };
        }

        if (!(radius > 0 && radius <= MaxRadiusKm))
        {
            throw new ExecutionError($"near.radiusKm must be greater than 0 and at most {MaxRadiusKm}.") { Code = "RADIUS_OUT_OF_RANGE" };
        }

        return new Near(postcode is not null ? postcodes.Locate(postcode) : FromPoint(point!), radius);
    }

    /// <summary>Keeps the rows whose location lies within the radius; PostGIS answers this from the GiST index.</summary>
    public IQueryable<T> Filter<T>(IQueryable<T> query, Expression<Func<T, Point>> location)
    {
        var parameter = location.Parameters[0];
        var within = Expression.Call(
            ExpressionComposer.Inline(location, parameter),
            IsWithinDistance,
            OriginParameter,
            ExpressionComposer.Parameter(RadiusKm * 1000, typeof(double)));
        return query.Where(Expression.Lambda<Func<T, bool>>(within, parameter));
    }

    /// <summary>The geodesic distance in metres from the origin to a row's location.</summary>
    public Expression<Func<T, double>> DistanceMetres<T>(Expression<Func<T, Point>> location)
    {
        var parameter = location.Parameters[0];
        var distance = Expression.Call(
            ExpressionComposer.Inline(location, parameter),
            Distance,
            OriginParameter);
        return Expression.Lambda<Func<T, double>>(distance, parameter);
    }

    /// <summary>
    /// The sort key for nearest first: PostGIS's <c>&lt;-&gt;</c> operator, which walks the GiST index in
    /// distance order so that a page of the nearest rows reads only those rows. On geography it
    /// measures on the sphere; the distances returned are still the spheroid ones of <see cref="DistanceMetres{T}"/>.
    /// </summary>
    public Expression<Func<T, double>> NearestFirst<T>(Expression<Func<T, Point>> location)
    {
        var parameter = location.Parameters[0];
        var knn = Expression.Call(
            DistanceKnn,
            Expression.Constant(EF.Functions),
            ExpressionComposer.Inline(location, parameter),
            OriginParameter);
        return Expression.Lambda<Func<T, double>>(knn, parameter);
    }

    private static Point FromPoint(IDictionary<string, object?> point)
    {
        if (point.TryGetValue("type", out var type) && type is not null and not "Point")
        {
            throw new ExecutionError("near.origin.point must be a GeoJSON Point.") { Code = "INVALID_NEAR" };
        }

        if (point.TryGetValue("crs", out var crs) && crs is not null and not 4326)
        {
            throw new ExecutionError("near.origin.point must use WGS 84 (crs 4326).") { Code = "INVALID_NEAR" };
        }

        if (!point.TryGetValue("coordinates", out var value) || value is not Coordinate coordinate)
        {
            throw new ExecutionError("near.origin.point needs coordinates: [longitude, latitude].") { Code = "INVALID_NEAR" };
        }

        if (coordinate.X is < -180 or > 180 || coordinate.Y is < -90 or > 90)
        {
            throw new ExecutionError("near.origin.point coordinates must be [longitude, latitude] within [-180, 180] and [-90, 90].") { Code = "INVALID_NEAR" };
        }

        return GeographicPoint.Create(coordinate.Y, coordinate.X);
    }
}
