import { SearchCombobox } from './search-combobox';

/**
 * The site search box. Without JavaScript it is a plain form that opens /search?q=…; in the
 * browser the combobox inside shows results as you type, and Enter without a chosen result
 * still submits the form.
 */
export function SearchBox() {
  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="relative">
      <SearchCombobox />
    </form>
  );
}
