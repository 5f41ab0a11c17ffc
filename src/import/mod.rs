//! Importing statements from spreadsheets (CSV, XLSX, XLS, ODS): the long layout (a row per
//! statement and principle) and the wide layout (a row per statement, a column per
//! principle). Reading is [`read`], what the columns and values mean is [`mapping`] (guessed
//! from header names, overridden by the user and saved in a mapping file), and what the
//! import would do, row by row with every problem, is [`plan()`]: nothing changes until the
//! plan's one edit is applied.

pub mod mapping;
mod paste;
mod plan;
pub mod read;

pub use mapping::{Field, HEADER_NAMES, Mapping, StakeholderChoice};
pub use paste::{PasteProblem, Pasted, members_from_rows, stakeholders_from_rows};
pub use plan::{
    FoundValue, ImportProblem, LeftOut, Plan, RowProblem, Stamp, new_id, parse_cell_date, plan,
};
pub use read::{
    FileKind, Sheet, Value, Workbook, WorkbookNote, column_letters, read_bytes, read_bytes_limited,
    read_file,
};
