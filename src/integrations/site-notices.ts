// Git commands and terms in the build's notices are names of commands, not Dutch words.
// cspell:words shallow clone fetch unshallow build
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentHistory } from '../lib/git-history';

/**
 * Says in the build output what a reader of this build will miss: dates when the build has no
 * (or only part of the) git history, and full addresses (canonical links, QR codes, sitemap)
 * when SITE_URL is not set.
 */
export function siteNotices(options: { siteUrl: string | undefined }): AstroIntegration {
  return {
    name: 'kennisbank:site-notices',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const history = readContentHistory(fileURLToPath(config.root));
        if (history.state === 'none') {
          logger.warn("Geen git-geschiedenis gevonden (een downloadbestand of kopie?): pagina's tonen geen 'Laatst bijgewerkt' en /wijzigingen/ zegt dat de lijst ontbreekt.");
        } else if (history.state === 'shallow') {
          logger.warn("Gedeeltelijke git-geschiedenis (shallow clone): pagina's die sindsdien niet veranderden, tonen geen datum. Haal de hele geschiedenis op met: git fetch --unshallow");
        }
        if (!options.siteUrl) {
          logger.warn("SITE_URL is niet gezet: canonieke links zijn relatief, en QR-codes, de sitemap en linkvoorbeelden met plaatje ontbreken. Zet SITE_URL=https://… voor een publieke build.");
        }
      },
    },
  };
}
