/**
 * The architecture's arrows: core <- content <- adapters, game, ui <- app.
 * Each rule names the layer and what it may not reach.
 */
const layer = (name) => `^src/${name}/`;
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      comment: 'src/core imports only src/core: no DOM libraries, Phaser, Howler, idb, i18next or other packages.',
      severity: 'error',
      from: { path: layer('core') },
      to: { pathNot: layer('core') },
    },
    {
      name: 'content-only-core',
      severity: 'error',
      from: { path: layer('content') },
      to: { path: '^src/', pathNot: ['^src/(core|content)/'] },
    },
    {
      name: 'adapters-below-app',
      severity: 'error',
      from: { path: layer('adapters') },
      to: { path: '^src/(game|ui|app)/' },
    },
    {
      name: 'game-below-app',
      comment: 'Phaser scenes get services injected; they never import adapters or DOM screens.',
      severity: 'error',
      from: { path: layer('game') },
      to: { path: '^src/(adapters|ui|app)/' },
    },
    {
      name: 'ui-below-app',
      comment: 'DOM screens use ports; adapters and the game are wired in by src/app.',
      severity: 'error',
      from: { path: layer('ui') },
      to: { path: '^src/(adapters|game|app)/' },
    },
    {
      name: 'phaser-only-in-game',
      severity: 'error',
      from: { pathNot: ['^src/game/'] },
      to: { path: 'node_modules/phaser' },
    },
    {
      name: 'storage-only-in-adapters',
      severity: 'error',
      from: { pathNot: ['^src/adapters/storage/'] },
      to: { path: 'node_modules/idb' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ['^virtual:'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.d\\.ts$' },
  },
};
