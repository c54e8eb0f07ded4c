using System.Text.Json;
using Network.Client;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The store's rules on answers shaped as the server gives them: fields under @include and @skip follow the variables,
/// a variable not given is keyed as the server reads it (absent, not null), and an answer to a request sent before
/// <see cref="EntityStore.Clear"/> is not stored after it.
/// </summary>
public sealed class EntityStoreRulesTests
{
    private static readonly SelectionPlan Plan = new("Query", false,
    [
        new PlanField("me", "me", null, new SelectionPlan("Viewer", false,
        [
            new PlanField("subject", "subject"),
            new PlanField("roles", "roles", null, null, "include:$full"),
        ])),
    ]);

    [Fact]
    public void A_field_under_include_is_read_only_when_the_variables_include_it()
    {
        var store = new EntityStore();
        store.Write(Plan, Json("""{"me":{"subject":"a"}}"""), Variables("""{"full":false}"""), isQuery: true, store.Generation);

        Assert.Equal("""{"me":{"subject":"a"}}""", store.Read(Plan, Variables("""{"full":false}"""), new HashSet<string>())!.ToJsonString());
        Assert.Null(store.Read(Plan, Variables("""{"full":true}"""), new HashSet<string>()));

        store.Write(Plan, Json("""{"me":{"subject":"a","roles":["MENTOR"]}}"""), Variables("""{"full":true}"""), isQuery: true, store.Generation);

        Assert.Equal("""{"me":{"subject":"a","roles":["MENTOR"]}}""", store.Read(Plan, Variables("""{"full":true}"""), new HashSet<string>())!.ToJsonString());
        Assert.Equal("""{"me":{"subject":"a"}}""", store.Read(Plan, Variables("""{"full":false}"""), new HashSet<string>())!.ToJsonString());
    }

    [Fact]
    public void A_variable_not_given_leaves_its_input_field_out_of_the_key_and_an_explicit_null_keeps_it()
    {
        var field = new PlanField("employers", "employers", """{"where":{"sector":{"eq":{"$variable":"sector"}}}}""");
        var literal = new PlanField("employers", "employers", """{"where":{"sector":{"eq":null}}}""");
        var defaulted = new PlanField("employers", "employers", """{"first":{"$variable":"first","default":5}}""");

        Assert.Equal("""employers({"where":{"sector":{}}})""", field.StoreKey(Variables("{}")));
        Assert.Equal("""employers({"where":{"sector":{"eq":null}}})""", field.StoreKey(Variables("""{"sector":null}""")));
        Assert.Equal(literal.StoreKey(Variables("{}")), field.StoreKey(Variables("""{"sector":null}""")));
        Assert.Equal("""employers({"first":5})""", defaulted.StoreKey(Variables("{}")));
        Assert.Equal("""employers({"first":9})""", defaulted.StoreKey(Variables("""{"first":9}""")));
    }

    [Fact]
    public void An_answer_to_a_request_sent_before_the_store_was_cleared_is_not_stored()
    {
        var store = new EntityStore();
        var sent = store.Generation;

        store.Clear();
        store.Write(Plan, Json("""{"me":{"subject":"a"}}"""), Variables("""{"full":false}"""), isQuery: true, sent);

        Assert.Null(store.Read(Plan, Variables("""{"full":false}"""), new HashSet<string>()));
        store.Write(Plan, Json("""{"me":{"subject":"a"}}"""), Variables("""{"full":false}"""), isQuery: true, store.Generation);
        Assert.NotNull(store.Read(Plan, Variables("""{"full":false}"""), new HashSet<string>()));
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static OperationVariables Variables(string json)
    {
        using var document = JsonDocument.Parse(json);
        var values = document.RootElement.Clone();
        return OperationVariables.From(writer =>
        {
            foreach (var property in values.EnumerateObject())
            {
                property.WriteTo(writer);
            }
        });
    }
}
