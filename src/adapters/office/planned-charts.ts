import { PlannedChart } from '../../core/plan/workbook-plan';
import { ACTION_OVERHEAD_BYTES, RequestBudget, estimateBytes } from './request-budget';

const CHART_TYPE: Record<PlannedChart['kind'], string> = { stackedColumns: 'ColumnStacked', lines: 'Line' };

/**
 * Queues the native charts of the written sheets (ExcelApi 1.1). The sheets may have come in
 * cell by cell or inside an inserted .xlsx (which holds no charts): either way the charts are
 * added here, on the sheets by name, in the same request.
 */
export async function queuePlannedCharts(
  context: Excel.RequestContext,
  sheets: readonly { sheet: string; charts: readonly PlannedChart[] }[],
  budget: RequestBudget,
): Promise<void> {
  for (const planned of sheets) {
    for (const chart of planned.charts) {
      await budget.reserve(ACTION_OVERHEAD_BYTES * 4 + estimateBytes(chart));
      const sheet = context.workbook.worksheets.getItem(planned.sheet);
      const added = sheet.charts.add(
        CHART_TYPE[chart.kind] as Excel.ChartType,
        sheet.getRange(chart.source),
        'Columns' as Excel.ChartSeriesBy,
      );
      added.title.text = chart.title;
      const [from, to] = chart.place.split(':');
      added.setPosition(from!, to);
    }
  }
}
