// The API's own lint rules (issue 15): where SQL may live, and what one module may import from another.
import path from 'node:path';

const MODULES = `${path.sep}src${path.sep}modules${path.sep}`;

/** The module a file belongs to and its path inside the module, or null outside src/modules. */
function moduleOf(file) {
  const at = file.indexOf(MODULES);
  if (at < 0) return null;
  const [name, ...rest] = file.slice(at + MODULES.length).split(path.sep);
  return { name, inner: rest.join('/') };
}

const isTest = (file) => /\.(int-)?spec\.ts$/.test(file);
const isRepository = (file) => /\.repository\.ts$/.test(file);

/** SQL only in `<domain>.repository.ts`: services, controllers, access classes and helpers call repository functions. */
const noSqlOutsideRepositories = {
  meta: {
    type: 'problem',
    messages: {
      query: 'SQL lives in a <domain>.repository.ts: call a repository function here instead of {{what}}.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    if (!moduleOf(file) || isTest(file) || isRepository(file)) return {};
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'query') {
          context.report({ node, messageId: 'query', data: { what: '.query(…)' } });
        }
      },
      ImportDeclaration(node) {
        if (/\/database\/(sql|changed-rows)$/.test(node.source.value)) {
          context.report({ node, messageId: 'query', data: { what: `importing ${node.source.value}` } });
        }
      },
    };
  },
};

/**
 * One module reaches another only through what it exports on purpose: its index.ts, or its Nest
 * module class for `imports: […]`. authz may use audit's internals (it writes the denials).
 */
const moduleBoundaries = {
  meta: {
    type: 'problem',
    messages: {
      internal:
        "'{{source}}' reaches into the {{target}} module's internals: import from '{{publicPath}}' (its index.ts) and export what you need there on purpose.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = moduleOf(file);
    if (!from) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = moduleOf(path.resolve(path.dirname(file), source));
      if (!to || to.name === from.name) return;
      if (to.inner === '' || to.inner === 'index' || to.inner === `${to.name}.module`) return;
      if (from.name === 'authz' && to.name === 'audit') return;
      const publicPath = path.relative(path.dirname(file), file.slice(0, file.indexOf(MODULES) + MODULES.length) + to.name);
      context.report({ node, messageId: 'internal', data: { source, target: to.name, publicPath } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const besideApiRules = {
  rules: {
    'no-sql-outside-repositories': noSqlOutsideRepositories,
    'module-boundaries': moduleBoundaries,
  },
};
