/**
 * The house rules, checked in `npm test` (`npm run lint:deps`):
 * - the core (utils/core) is pure: no extension, browser, database, DOM or Node module, so identification,
 *   tone, countries and notebook logic run unchanged in the page, the background, the CLI and Node tests;
 * - no import cycles;
 * - nothing outside tests/ imports from tests/.
 * tests/unit/fence.test.ts shows each rule failing on a deliberate breach (tests/fixtures/fence/).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'utils/core may import only itself and pure libraries (see docs/architecture.md).',
      from: { path: '^utils/core/' },
      to: {
        pathNot: ['^utils/core/', '^node_modules/(compromise|franc-min|i18n-iso-countries|papaparse|valibot)/'],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      comment: 'utils/core runs in the browser too: no node: modules.',
      from: { path: '^utils/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make the layers impossible to read (and to load in order).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'product-not-from-tests',
      severity: 'error',
      comment: 'Tests use the product, never the other way round.',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'product-not-from-scripts',
      severity: 'error',
      comment: 'Build, eval and bench tools use the product; the product never imports them.',
      from: { path: '^(utils|components|entrypoints)/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^(\\.wxt|\\.output|node_modules)/', '^tests/fixtures/fence/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
