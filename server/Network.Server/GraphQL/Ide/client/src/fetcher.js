// Sends an operation as GraphQL over HTTP (POST, application/json) and hands GraphiQL the response.
import { Kind, parse } from 'graphql';

/**
 * @param {string} endpoint the GraphQL endpoint, on this page's origin
 * @param {string | undefined} placeholderAuthorization an Authorization value still waiting for a real
 *   token; a request whose header still holds it goes without, as an anonymous caller
 */
export function createFetcher(endpoint, placeholderAuthorization) {
  return async (params, options) => {
    const headers = {
      ...options?.headers,
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json;q=0.9',
    };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'authorization' && headers[name] === placeholderAuthorization) {
        delete headers[name];
      }
    }

    const response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...params, operationName: operationToRun(params.query, params.operationName) }),
      credentials: 'same-origin',
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${response.status} ${response.statusText}: ${text}` }] };
    }
  };
}

/**
 * GraphiQL learns the operation's name 100 ms after the editor changes, so a run straight after switching
 * tabs may carry the previous tab's name. A document with one operation runs that one, whatever its name.
 */
function operationToRun(query, operationName) {
  try {
    const operations = parse(query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    return operations.length === 1 ? operations[0].name?.value : operationName;
  } catch {
    return operationName;
  }
}
