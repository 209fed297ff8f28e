import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Page data never reaches HTML, and no code is built from strings (issue: trustworthy by construction).
const bannedSinks = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'innerHTML is banned: render text (Preact) or build nodes.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'outerHTML is banned.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is banned.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write is banned.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is banned.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is banned.' },
  { selector: "AssignmentExpression[left.computed=true][left.property.value=/^(inner|outer)HTML$/]", message: 'innerHTML/outerHTML are banned (computed access too).' },
  { selector: "AssignmentExpression[left.computed=true][left.property.type='TemplateLiteral'][left.property.quasis.0.value.raw=/^(inner|outer)HTML$/]", message: 'innerHTML/outerHTML are banned (computed access too).' },
  { selector: "CallExpression[callee.property.name=/^(setHTMLUnsafe|createContextualFragment)$/]", message: 'Parsing HTML into the live DOM is banned.' },
  { selector: "CallExpression[callee.computed=true][callee.property.value=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]", message: 'HTML sinks are banned (computed access too).' },
  { selector: "AssignmentExpression[left.property.name='srcdoc']", message: 'iframe srcdoc is banned.' },
  { selector: "CallExpression[callee.object.name='Reflect'][callee.property.name='set'][arguments.1.value=/^(inner|outer)HTML$/]", message: 'Reflect.set of innerHTML/outerHTML is banned.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**', '**/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...bannedSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    // Cores are pure: no browser extension APIs, no shells.
    files: ['src/read/**', 'src/rules/**', 'src/check/**', 'src/replies/**', 'src/model.ts'],
    rules: {
      'no-restricted-globals': ['error',
        ...['chrome', 'browser', 'document', 'window', 'location', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest', 'WebSocket']
          .map((name) => ({ name, message: 'Cores are pure: take what you need as a parameter.' }))],
      'no-restricted-imports': ['error', { patterns: [
        { group: ['webextension-polyfill'], message: 'Cores never use browser APIs.' },
        { group: ['**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/cli/**'], message: 'Cores never import shells.' },
      ] }],
    },
  },
  {
    // Plain Node scripts: linted for correctness, not type-checked.
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', chrome: 'readonly' },
    },
  },
);
