/**
 * What the tests in `npm test` check on every build, as the accessibility statement names it.
 * Each check points to the test file that runs it and to a phrase from that test, and
 * tests/trust.test.ts fails when the phrase is gone: the statement cannot claim a check that no
 * longer runs.
 */
export interface AccessibilityCheck {
  title: string;
  /** What is checked and how, for readers. */
  how: string;
  /** The test file under tests/ that runs the check. */
  test: string;
  /** A phrase that test file contains (a test name or an option), checked by tests/trust.test.ts. */
  evidence: string;
}

// The evidence strings are test names in English, for tests/trust.test.ts; readers never see them.
// cspell:ignoreRegExp /evidence: .*$/gm
// cspell:words core html validate
export const ACCESSIBILITY_CHECKS: AccessibilityCheck[] = [
  {
    title: 'Automatische toets met axe-core, in licht en donker',
    how: 'Elke pagina wordt geopend in de browser Chromium en gecontroleerd met axe-core op de regels voor WCAG 2.0, 2.1 en 2.2, niveau A en AA, met lichte kleuren. Daarna krijgt dezelfde pagina donkere kleuren en worden de regels over kleur opnieuw getoetst (contrast, en links die alleen door kleur opvallen); de donkere stand verandert alleen kleuren, en een test houdt de site daaraan. Een overtreding die axe ‘ernstig’ of ‘kritiek’ noemt, laat de controle falen.',
    test: 'browser.test.ts',
    evidence: "'wcag22aa'",
  },
  {
    title: 'Alleen met het toetsenbord',
    how: 'Op een pagina van elke soort (elf pagina’s) loopt de test met de Tab-toets door de hele pagina: de link ‘Naar de inhoud’ komt eerst, elk element met focus is zichtbaar en toont een focusrand, en de focus raakt nergens vast.',
    test: 'gates.test.ts',
    evidence: 'skip link first, visible focus everywhere, no trap',
  },
  {
    title: 'Zonder JavaScript',
    how: 'Elke pagina wordt geopend met JavaScript uit: de inhoud, de navigatie en de links moeten werken. De zoekpagina zegt dan dat zoeken JavaScript nodig heeft en verwijst naar de begrippenlijst.',
    test: 'gates.test.ts',
    evidence: 'every page shows its content, its navigation and working links',
  },
  {
    title: 'Op een telefoon van 360 pixels breed',
    how: 'Elke pagina past in licht en donker op een scherm van 360 pixels breed, zonder zijwaarts te scrollen (alleen een brede tabel scrolt, in een eigen vak).',
    test: 'phone.test.ts',
    evidence: 'no page is wider than the screen',
  },
  {
    title: 'Rustig laden',
    how: 'Een begrippagina verspringt tijdens het laden nauwelijks (cumulatieve verschuiving onder 0,1), op een telefoon en op een laptop.',
    test: 'phone.test.ts',
    evidence: 'cumulative layout shift under 0.1',
  },
  {
    title: 'Afdrukken op A4',
    how: 'Elke pagina wordt afgedrukt op A4: niets is breder dan het papier of wordt afgesneden.',
    test: 'print.test.ts',
    evidence: 'no page has an element wider than the paper or cut off by a box',
  },
  {
    title: 'Geldige HTML en duidelijke links',
    how: 'Elke pagina is geldige HTML (html-validate); elke link werkt, en geen linktekst is vaag, zoals ‘klik hier’ of ‘lees meer’.',
    test: 'links.test.ts',
    evidence: 'no link text is vague',
  },
  {
    title: 'Niets van andere websites',
    how: 'Een strikt beveiligingsbeleid (Content-Security-Policy) staat alleen bestanden van de site zelf toe; de test leest en zoekt op elke soort pagina en controleert dat niets geblokkeerd wordt en niets van elders geladen.',
    test: 'gates.test.ts',
    evidence: 'nothing is blocked while reading, searching',
  },
];
