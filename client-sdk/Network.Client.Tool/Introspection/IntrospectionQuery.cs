namespace Network.Client.Tool.Introspection;

/// <summary>
/// The specification's introspection query (graphql-js's <c>getIntrospectionQuery</c>), with each optional part only
/// where the server has it. Seven levels of <c>ofType</c> reach <c>[[T!]!]!</c> with room to spare and stay within
/// the server's depth budget.
/// </summary>
internal static class IntrospectionQuery
{
    public static string For(IntrospectionFeatures features)
    {
        string Deprecated(string type, string field) => features.IncludesDeprecated(type, field) ? "(includeDeprecated: true)" : string.Empty;
        var inputValueDeprecation = features.InputValueDeprecation ? "isDeprecated deprecationReason" : string.Empty;
        return $$"""
            query IntrospectionQuery {
              __schema {
                {{(features.SchemaDescription ? "description" : string.Empty)}}
                queryType { name }
                mutationType { name }
                subscriptionType { name }
                types { ...FullType }
                directives {
                  name
                  description
                  {{(features.Repeatable ? "isRepeatable" : string.Empty)}}
                  locations
                  args{{Deprecated("__Directive", "args")}} { ...InputValue }
                }
              }
            }

            fragment FullType on __Type {
              kind
              name
              description
              {{features.SpecifiedBy}}
              {{(features.OneOf ? "isOneOf" : string.Empty)}}
              fields(includeDeprecated: true) {
                name
                description
                args{{Deprecated("__Field", "args")}} { ...InputValue }
                type { ...TypeRef }
                isDeprecated
                deprecationReason
              }
              inputFields{{Deprecated("__Type", "inputFields")}} { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }

            fragment InputValue on __InputValue {
              name
              description
              type { ...TypeRef }
              defaultValue
              {{inputValueDeprecation}}
            }

            fragment TypeRef on __Type {
              kind name ofType { kind name ofType { kind name ofType { kind name ofType {
                kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
            }
            """;
    }
}
