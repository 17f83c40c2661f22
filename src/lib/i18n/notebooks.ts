// Interface text of the notebooks (/notebooks and /notebooks/<slug>).
import { defineMessages } from './define';

export const notebookMessages = defineMessages({
  th: {
    'nav.notebooks': 'สมุดวิเคราะห์',
    'nb.list.title': 'สมุดวิเคราะห์',
    'nb.list.lead':
      'บทวิเคราะห์ที่นักวิเคราะห์เขียนด้วย Markdown และ SQL ในโฟลเดอร์ notebooks/ แสดงด้วยแผนภูมิ ตัวกรอง และการส่งออกแบบเดียวกับแดชบอร์ด',
    'nb.list.params': 'พารามิเตอร์: {params}',
    'nb.list.none': 'ยังไม่มีสมุดวิเคราะห์ในโฟลเดอร์ notebooks/',
    'nb.list.broken': 'อ่านไม่ได้',
    'nb.list.broken_lead': 'ไฟล์เหล่านี้อ่านเป็นสมุดวิเคราะห์ไม่ได้ แก้ตามข้อความแล้วโหลดหน้าใหม่',
    'nb.source.unknown': 'ที่มา: สมุดวิเคราะห์ไม่ได้ระบุ',
    'nb.sql.summary': 'SQL: {name} ({rows} แถว)',
    'nb.sql.failed': 'SQL: {name} (ผิดพลาด)',
    'nb.error': 'บล็อกที่บรรทัด {line} แสดงไม่ได้: {message}',
    'nb.table.more': 'และอีก {count} แถว',
    'nb.broken.title': 'สมุดวิเคราะห์นี้อ่านไม่ได้',
    'nb.file': 'ไฟล์: {file}',
    'nb.back': '← สมุดวิเคราะห์ทั้งหมด',
  },
  en: {
    'nav.notebooks': 'Notebooks',
    'nb.list.title': 'Notebooks',
    'nb.list.lead':
      'Analyses written by analysts in Markdown and SQL (the notebooks/ folder), shown with the dashboard’s charts, filters and exports',
    'nb.list.params': 'Parameters: {params}',
    'nb.list.none': 'There are no notebooks in notebooks/ yet',
    'nb.list.broken': 'Could not be read',
    'nb.list.broken_lead':
      'These files could not be read as notebooks: fix what the message says and reload',
    'nb.source.unknown': 'Source: not stated by the notebook',
    'nb.sql.summary': 'SQL: {name} ({rows} rows)',
    'nb.sql.failed': 'SQL: {name} (failed)',
    'nb.error': 'The block at line {line} cannot be shown: {message}',
    'nb.table.more': 'and {count} more rows',
    'nb.broken.title': 'This notebook could not be read',
    'nb.file': 'File: {file}',
    'nb.back': '← All notebooks',
  },
});
