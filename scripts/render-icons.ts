import { renderIcons } from './icons';

// `npm run icons` (part of `npm run build`): the app icon's PNGs, from its SVG source.
void renderIcons().then((written) => {
  console.log(`icons: ${written.length} sizes rendered from resources/icons/icon.svg into build/icons/`);
});
