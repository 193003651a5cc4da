/** The `petrovich` package ships no types; only what the addressee needs is declared. */
declare module 'petrovich' {
  type PetrovichGender = 'male' | 'female' | 'androgynous';
  type PetrovichCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  interface PetrovichPerson {
    gender?: PetrovichGender;
    first?: string;
    middle?: string;
    last?: string;
  }
  interface Petrovich {
    (person: PetrovichPerson, gcase: PetrovichCase): PetrovichPerson;
    detect_gender(middle: string): PetrovichGender;
  }
  const petrovich: Petrovich;
  export = petrovich;
}
