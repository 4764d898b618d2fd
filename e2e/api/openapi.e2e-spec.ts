import { ApiClient, http } from '../support/api';
import { mappedRoutes } from '../support/api-log';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { responses?: Record<string, unknown>; operationId?: string }>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

describe('the OpenAPI document', () => {
  let doc: OpenApiDocument;

  beforeAll(async () => {
    const res = await new ApiClient().get<OpenApiDocument>('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body;
  });

  const documented = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => METHODS.includes(m))
        .map((m) => `${m.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`),
    );

  it('should be an OpenAPI 3 document', () => {
    expect(doc.openapi).toMatch(/^3\./);
  });

  it('should list exactly the routes the API mapped at start-up', () => {
    const mapped = mappedRoutes();
    expect(mapped.length).toBeGreaterThan(0);
    expect([...new Set(documented())].sort()).toEqual([...new Set(mapped)].sort());
  });

  it('should describe at least one response for every operation', () => {
    const without = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([m, op]) => METHODS.includes(m) && Object.keys(op.responses ?? {}).length === 0)
        .map(([m]) => `${m.toUpperCase()} ${path}`),
    );
    expect(without).toEqual([]);
  });

  it('should serve the interactive documentation', async () => {
    const res = await http('/api/docs', { headers: { Accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/swagger/i);
  });
});
