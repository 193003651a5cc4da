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
