import { setCatalogue } from '../src/i18n/catalogue';
import english from 'virtual:messages/en';

// Tests read the app in English unless they set another language (as the plural tests do).
setCatalogue('en', english);
