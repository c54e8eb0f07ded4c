// Runs the graphql-http audit suite for GraphQL over HTTP against the server at the given URL and
// prints one JSON array on stdout: { id, name, status, reason?, responseStatus? } for each audit.
// status is "ok", "error" (a MUST is not met), "warn" (a SHOULD) or "notice" (a MAY).
// Usage: node audit.mjs http://127.0.0.1:5000/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('Usage: node audit.mjs <GraphQL endpoint URL>');
  process.exit(2);
}

try {
  const results = await auditServer({ url });
  const report = results.map((result) =>
    result.status === 'ok'
      ? { id: result.id, name: result.name, status: result.status }
      : {
          id: result.id,
          name: result.name,
          status: result.status,
          reason: result.reason,
          responseStatus: result.response?.status,
        },
  );
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} catch (error) {
  // An audit throws only when it could not run at all, such as when the server cannot be reached.
  console.error(`The audit could not run against ${url}: ${error?.stack ?? error}`);
  process.exit(1);
}
