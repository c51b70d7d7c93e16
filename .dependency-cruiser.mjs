/**
 * The import rules of the house (docs/adr/0020-house-layout-and-dependency-rules.md), checked by
 * `npm run check:deps` as part of `npm test`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Two modules that import each other (also through others, also type-only) cannot be read, ' +
        'tested or moved apart: move the shared part into a module both import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'sdk-seam',
      severity: 'error',
      comment:
        'botbuilder stays in src/bot/, src/teams/ and dialogs/ (docs/adr/0001), so a move to the ' +
        'Microsoft 365 Agents SDK is an adapter swap.',
      from: { pathNot: '^(src/bot|src/teams|dialogs)/' },
      to: { path: '(^|/)node_modules/(botbuilder|botframework)[^/]*/' },
    },
    {
      name: 'shared-is-the-floor',
      severity: 'error',
      comment:
        'src/shared/ holds what every folder uses (errors, logger, clock); it imports nothing above ' +
        'it except the identifier mask and the config type.',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/(shared/|privacy/|config[.]ts$)' },
    },
    {
      name: 'privacy-is-the-floor',
      severity: 'error',
      comment:
        'src/privacy/ masks identifiers for every other folder; it knows no cases, cards or dialogs.',
      from: { path: '^src/privacy/' },
      to: { path: '^src/', pathNot: '^src/(shared|privacy|i18n)/' },
    },
    {
      name: 'search-below-conversation',
      severity: 'error',
      comment:
        'The search serves the conversation, the bench and the CLI alike; it reads the words of a ' +
        'message from src/understanding/ and src/text/, never from src/conversation/ (ADR 0020, ' +
        'amendment of session 13).',
      from: { path: '^src/search/' },
      to: { path: '^src/conversation/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
