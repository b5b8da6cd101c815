import { catalogueOf } from '../../scripts/vite-messages-plugin';
import { setCatalogue } from '../../src/i18n/catalogue';

// The tests compute what the page should show with the app's own functions, in English unless a
// test sets another language.
setCatalogue('en', catalogueOf('en'));
