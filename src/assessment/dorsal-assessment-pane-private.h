/* dorsal-assessment-pane-private.h: what the pane's other parts and its tests reach
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dorsal-assessment-pane.h"

G_BEGIN_DECLS

const char *_dorsal_assessment_pane_get_page             (DorsalAssessmentPane *self);
GtkWidget  *_dorsal_assessment_pane_get_page_widget      (DorsalAssessmentPane *self,
                                                          const char           *name);
GtkWidget  *_dorsal_assessment_pane_get_emergency        (DorsalAssessmentPane *self);
const char *_dorsal_assessment_pane_get_emergency_number (DorsalAssessmentPane *self);
GtkWidget  *_dorsal_assessment_pane_get_print_button     (DorsalAssessmentPane *self);
GtkWidget  *_dorsal_assessment_pane_get_notice           (DorsalAssessmentPane *self);

/* dorsal-assessment-outcome.c */
GtkWidget  *_dorsal_assessment_label_new                 (const char           *text,
                                                          const char           *css_class);
const char *_dorsal_assessment_level_icon                (const DorsalLevel    *level);
GtkWidget  *_dorsal_assessment_reason_new                (DorsalAssessmentPane *self,
                                                          DorsalOutcome        *outcome,
                                                          guint                 index);
void        _dorsal_assessment_fill_about                (DorsalTriage         *triage,
                                                          GtkBox               *box);

/* dorsal-assessment-print.c */
gboolean    _dorsal_assessment_print                     (DorsalAssessmentPane *self,
                                                          AdwToastOverlay      *toasts,
                                                          const char           *export_path);
AdwToastOverlay *_dorsal_assessment_pane_get_toasts      (DorsalAssessmentPane *self);

G_END_DECLS
