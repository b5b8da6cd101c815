import type { ActScheme } from './ids';

/**
 * Canonical addresses of legal acts in their official repositories, built from the act's official
 * identifier. Each pattern was checked against an address seen for that repository.
 */
const CANONICAL = {
  /** EUR-Lex, by CELEX number: `32020D1388`. */
  celex: (id) => `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${id}`,
  /** The Federal Register, by document number: `2021-17087`. */
  'fr-doc': (id) => `https://www.federalregister.gov/d/${id}`,
  /** The Federal Register, by citation (volume FR page): `86 FR 44775`. */
  'fr-cite': (id) => `https://www.federalregister.gov/citation/${id.replace(/ /g, '-')}`,
  /** The Federal Register's page for an Executive Order, by number: `13405`. */
  eo: (id) => `https://www.federalregister.gov/executive-order/${id}`,
  /** legislation.gov.uk, a UK statutory instrument by year and number: `2019/600`. */
  uksi: (id) => `https://www.legislation.gov.uk/uksi/${id}/contents/made`,
  /**
   * Justice Laws, a consolidated Canadian regulation by SOR year and number: `2020-214`. Amending
   * regulations have no Justice Laws page: cite them at their Canada Gazette Part II page, without
   * an identifier (that address needs the publication date, not only the SOR number).
   */
  sor: (id) => `https://laws-lois.justice.gc.ca/eng/regulations/SOR-${id}/`,
} as const satisfies Record<ActScheme, (id: string) => string>;

/** The canonical address of the act with this identifier. */
export function canonicalActUrl(identifier: { scheme: ActScheme; id: string }): string {
  return CANONICAL[identifier.scheme](identifier.id);
}
