// Harbour's layers, each importing only downwards: core ← platform ← areas ← reports ← app.
// `npm test` runs these rules (npm run check:deps); a wrong-way import fails the build.
// Exceptions are listed here with their reason; there is one: tests and their support (below),
// which may reach any layer to set up what they check (docs/architecture.md).
const test = '(\\.test\\.ts$|^src/app/testing/)';

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core (dates, working days, the clock, errors, the timescale contract) imports nothing of Harbour',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'platform-imports-core-only',
      comment: 'platform (database, access, audit, the web kit) imports core only',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: test },
      to: { path: '^src/(areas|reports|app)/' },
    },
    {
      name: 'areas-import-core-and-platform',
      comment: 'an area never reaches up into reports or the app',
      severity: 'error',
      from: { path: '^src/areas/', pathNot: test },
      to: { path: '^src/(reports|app)/' },
    },
    {
      name: 'area-to-area-through-its-public-face',
      comment: 'another area is reached only through its index.ts (commands and queries, no tables)',
      severity: 'error',
      from: { path: '^src/areas/([^/]+)/', pathNot: test },
      to: { path: '^src/areas/([^/]+)/', pathNot: ['^src/areas/$1/', '^src/areas/[^/]+/index\\.ts$'] },
    },
    {
      name: 'areas-never-read-the-list-of-areas',
      comment: 'the list of areas is for reports and the app; an area that read it would import every other area',
      severity: 'error',
      from: { path: '^src/areas/[^/]+/' },
      to: { path: '^src/areas/all\\.ts$' },
    },
    {
      name: 'reports-read-areas-through-their-faces',
      comment: 'reports read areas through index.ts (or with SQL) and the one list; never their internals',
      severity: 'error',
      from: { path: '^src/reports/', pathNot: test },
      to: { path: '^src/areas/', pathNot: ['^src/areas/all\\.ts$', '^src/areas/[^/]+/index\\.ts$'] },
    },
    {
      name: 'reports-never-import-the-web',
      comment: 'reports are plain data and SQL; their pages belong to the app',
      severity: 'error',
      from: { path: '^src/reports/', pathNot: test },
      to: { path: '^(src/platform/web/|node_modules/(express|nunjucks)/)' },
    },
    {
      name: 'reports-below-the-app',
      severity: 'error',
      from: { path: '^src/reports/', pathNot: test },
      to: { path: '^src/app/' },
    },
    {
      name: 'app-reads-areas-through-their-faces',
      comment: 'the app assembles areas from the list and their public faces',
      severity: 'error',
      from: { path: '^src/app/', pathNot: test },
      to: { path: '^src/areas/', pathNot: ['^src/areas/all\\.ts$', '^src/areas/[^/]+/index\\.ts$'] },
    },
    {
      name: 'migrations-are-history',
      comment: 'a migration holds the code lists it checks as literals; it never imports live code',
      severity: 'error',
      from: { path: '/migrations/[^/]+\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'test-support-only-in-tests',
      comment: 'the test database and test app are for tests (and the benchmark), never for Harbour itself',
      severity: 'error',
      from: { path: '^src/', pathNot: test },
      to: { path: '^src/app/testing/' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle of imports ties modules into one knot',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
