/** A school as the «Справочник ОО» knows it. */
export interface School {
  /** Stable id inside one run: the ИНН when known, else a slug of the normalised name. */
  id: string;
  /** As written in the registry (or, without a registry, in the first sheet that named it). */
  name: string;
  inn: string | null;
  director: Director | null;
  email: string | null;
  /** «Флагманский паблик»: 5 posts a week instead of 3 (item 5.3). */
  flagship: boolean;
}

export interface Director {
  /** «Иванова Мария Петровна» (surname first, as registries write it). */
  fullName: string;
  /** Manual override of the dative line, «М.П. Ивановой», when a library declines it wrong. */
  dativeOverride: string | null;
  /** Manual override of the gender when the patronymic does not tell it. */
  gender: 'male' | 'female' | null;
}

export interface Registry {
  /** Where it came from: "Справочник ОО" sheet, a file name, or "таблицы мониторинга". */
  source: string;
  schools: School[];
}
