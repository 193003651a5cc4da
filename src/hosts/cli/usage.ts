/** The help text: the command line of the README, in Russian for the user. */
export const USAGE = `Использование:
  roadmap-control check КНИГА.xlsx [КНИГА2.xlsx ...] [параметры]
  roadmap-control rules [--roadmap ID] --out ПРАВИЛА.xlsx   книга с листом «Правила» для правки в Excel
  roadmap-control samples ПАПКА        создать образцы книг мониторинга
  roadmap-control --help | --version

Параметры проверки:
  --roadmap ID|ФАЙЛ       дорожная карта: municipal-2025 (по умолчанию), school-2023, файл .json
                           или книга .xlsx с листом «Правила»; лист «Правила» в самой книге
                           мониторинга заменяет встроенную дорожную карту
  --as-of ГГГГ-ММ-ДД       дата мониторинга (иначе — дата из книги, иначе — сегодня)
  --registry ФАЙЛ.xlsx     справочник ОО (иначе — лист «Справочник ОО» книги)
  --mapping ФАЙЛ.json      исправленное сопоставление столбцов (можно взять из report.json)
  --out ПАПКА              куда записать результаты (по умолчанию ./roadmap-control-out)
  --letters docx,pdf|none  форматы писем-запросов (по умолчанию docx,pdf)
  --settings ФАЙЛ.json     настройки писем: управление, подписывающий, исполнитель, нумерация
  --template ФАЙЛ.docx     собственный шаблон письма управления
  --previous report.json   отчёт прошлой проверки: повторные нарушения получат формулировку «повторно»

Результаты: ПАПКА/<книга>.checked.xlsx, ПАПКА/letters/…, ПАПКА/report.json.
Код выхода: 0 — проверка выполнена, 1 — входные файлы непригодны, 2 — ошибка в параметрах.`;
