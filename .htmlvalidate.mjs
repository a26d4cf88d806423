import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // The header search is the ARIA combobox pattern (input + listbox of options), not a <select>.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox', 'option'] }],
    // Search forms submit with Enter and show results as you type; a submit button would add a
    // control without a task (H32 is one sufficient technique, not a requirement of WCAG 2.2).
    'wcag/h32': 'off',
  },
});
