/** Reader for the EU CRM 2023 assessment tables (European Commission, doi:10.2873/725585, CC BY 4.0). */
@NullMarked
package lodestone.store.eucrm;

import org.jspecify.annotations.NullMarked;
