#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace agi::fieldmessage {

//! Makes `label` the validation line of a form field that never moves the fields around it: one
//! line high whatever it says, its room kept while it is hidden, and never wider than the form
//! gives it (the whole text is also the field's tooltip).
void reserve(QLabel *label);
//! Shows `problem` under `field` (hides the line when it is empty) and marks the field: its tooltip
//! says the problem and its "invalid" property is set, for tests and style sheets.
void show(QLabel *label, QWidget *field, const QString &problem);

} // namespace agi::fieldmessage
