using System.Linq.Expressions;
using Network.Server.GraphQL.Filtering;

namespace Network.Server.Tests.Filtering;

/// <summary>A value held as a captured variable: what EF Core reads and sends as a SQL parameter.</summary>
public sealed class ExpressionComposerTests
{
    [Fact]
    public void A_parameter_holds_its_value_as_a_field_of_the_declared_type()
    {
        var parameter = Assert.IsAssignableFrom<MemberExpression>(ExpressionComposer.Parameter("B1 1AA", typeof(string)));

        Assert.Equal(typeof(string), parameter.Type);
        Assert.IsAssignableFrom<ConstantExpression>(parameter.Expression);
        Assert.Equal("B1 1AA", Read(parameter));
    }

    [Fact]
    public void Each_parameter_holds_its_own_value()
    {
        var first = ExpressionComposer.Parameter(3, typeof(int));
        var second = ExpressionComposer.Parameter(4, typeof(int));

        Assert.Equal(3, Read(first));
        Assert.Equal(4, Read(second));
    }

    [Fact]
    public void Nulls_nullable_values_and_widened_numbers_are_held_as_before()
    {
        Assert.Null(Read(ExpressionComposer.Parameter(null, typeof(int?))));
        Assert.Equal(0, Read(ExpressionComposer.Parameter(null, typeof(int))));
        Assert.Equal(7, Read(ExpressionComposer.Parameter(7, typeof(int?))));
        Assert.Equal(5.0, Read(ExpressionComposer.Parameter(5, typeof(double))));
    }

    private static object? Read(Expression parameter) =>
        Expression.Lambda<Func<object?>>(Expression.Convert(parameter, typeof(object))).Compile()();
}
