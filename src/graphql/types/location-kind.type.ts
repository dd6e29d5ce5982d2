/** Public API: the `LocationKind` enum (stored lower case on Location.kind). */
import { registerEnumType } from 'type-graphql';

export enum LocationKind {
  COUNTRY = 'country',
  GOVERNORATE = 'governorate',
  DISTRICT = 'district',
  SUBDISTRICT = 'subdistrict',
  CITY = 'city',
  TOWN = 'town',
  VILLAGE = 'village',
  NEIGHBOURHOOD = 'neighbourhood',
  CAMP = 'camp',
  LANDMARK = 'landmark',
  CROSSING = 'crossing',
  REGION = 'region',
  PLACE = 'place',
}

registerEnumType(LocationKind, {
  name: 'LocationKind',
  description: 'What kind of place; the PART_OF hierarchy runs village -> district -> governorate -> country.',
  valuesConfig: {
    COUNTRY: { description: 'A country.' },
    GOVERNORATE: { description: 'A governorate (muhafaza).' },
    DISTRICT: { description: 'A district (mintaqa).' },
    SUBDISTRICT: { description: 'A subdistrict (nahiya).' },
    CITY: { description: 'A city.' },
    TOWN: { description: 'A town.' },
    VILLAGE: { description: 'A village.' },
    NEIGHBOURHOOD: { description: 'A neighbourhood of a city.' },
    CAMP: { description: 'A camp (displacement camp, military camp).' },
    LANDMARK: { description: 'A landmark: a hospital, a field, a base.' },
    CROSSING: { description: 'A border crossing.' },
    REGION: { description: 'A region without administrative status (the Badia, east of the Euphrates).' },
    PLACE: { description: 'A place found by a pattern in an article, not in the lexicon.' },
  },
});
