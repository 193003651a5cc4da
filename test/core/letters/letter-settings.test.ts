import { parseLetterSettings } from '../../../src/core/letters/letter-settings';
import sample from '../../../assets/samples/letter-settings.json';

describe('letter settings', () => {
  it('accepts the bundled sample', () => {
    const parsed = parseLetterSettings(sample);
    expect(parsed.ok && parsed.settings.department.name).toBe('Управление образования администрации Энского муниципального округа');
    expect(parsed.ok && parsed.settings.numberPrefix).toBe('01-19/');
  });

  it('fills the defaults a department leaves out', () => {
    const parsed = parseLetterSettings({ department: sample.department, signatory: sample.signatory, executor: sample.executor });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.settings).toMatchObject({
        numberPrefix: '',
        nextNumber: 1,
        responseWorkingDays: 3,
        dateStyle: 'numeric',
        footnoteItemsOnly: false,
      });
      expect(parsed.settings.city).toBeUndefined();
    }
  });

  it('lists every problem in Russian with its JSON path', () => {
    const parsed = parseLetterSettings({
      ...sample,
      department: { ...sample.department, email: '' },
      signatory: { position: 'Начальник', name: 'Соколова Наталья Викторовна' },
      nextNumber: 'двести',
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.diagnostics.map((d) => d.message)).toEqual([
        'Настройки писем, поле department.email: Не указано: адрес электронной почты',
        'Настройки писем, поле signatory.name: Подписывающий пишется как «И.О. Фамилия»',
        'Настройки писем, поле nextNumber: Следующий номер письма должен быть числом',
      ]);
      expect(parsed.diagnostics.every((d) => d.id === 'letters.settings-invalid' && d.severity === 'error')).toBe(true);
    }
  });

  it('says which field is missing altogether', () => {
    const parsed = parseLetterSettings({ ...sample, executor: undefined });
    expect(parsed.ok ? [] : parsed.diagnostics.map((d) => d.message)).toEqual(['Настройки писем, поле executor: не заполнено']);
  });
});

describe('the letter date and calendar settings', () => {
  const base = () => JSON.parse(JSON.stringify(sample)) as Record<string, unknown>;
  it('reads the letter date as ДД.ММ.ГГГГ or ISO, and transfers of days off', () => {
    const parsed = parseLetterSettings({ ...base(), letterDate: '3.12.2026', calendar: { daysOff: ['31.12.2027'], workingDays: ['2027-01-09'] } });
    expect(parsed.ok && parsed.settings.letterDate).toBe('2026-12-03');
    expect(parsed.ok && parsed.settings.calendar).toEqual({ daysOff: ['2027-12-31'], workingDays: ['2027-01-09'] });
  });

  it('says in Russian when a date is not a date', () => {
    const parsed = parseLetterSettings({ ...base(), letterDate: 'завтра' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.diagnostics[0].message).toBe('Настройки писем, поле letterDate: Дата писем: ожидается дата вида ДД.ММ.ГГГГ');
  });
});
