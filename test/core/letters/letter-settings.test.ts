import { parseLetterSettings } from '../../../src/core/letters/letter-settings';
import sample from '../../../assets/samples/letter-settings.json';

describe('letter settings', () => {
  it('accepts the bundled sample and fills the defaults', () => {
    const { responseWorkingDays, dateStyle, ...rest } = sample;
    const parsed = parseLetterSettings(rest);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.settings.responseWorkingDays).toBe(3);
      expect(parsed.settings.dateStyle).toBe('numeric');
      expect(parsed.settings.numberPrefix).toBe('01-19/');
      expect(parsed.settings.department.name).toBe('Управление образования администрации Энского муниципального округа');
    }
    expect(dateStyle).toBe('numeric');
    expect(responseWorkingDays).toBe(3);
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
    const { executor, ...withoutExecutor } = sample;
    expect(executor.name).toBeTruthy();
    const parsed = parseLetterSettings(withoutExecutor);
    expect(parsed.ok ? [] : parsed.diagnostics.map((d) => d.message)).toEqual(['Настройки писем, поле executor: не заполнено']);
  });
});
