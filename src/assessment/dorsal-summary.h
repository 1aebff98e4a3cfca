/* dorsal-summary.h: the one-page summary of a self-assessment, to print or save as PDF
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "dorsal-triage.h"

G_BEGIN_DECLS

#define DORSAL_SUMMARY_ERROR (dorsal_summary_error_quark ())

/**
 * DorsalSummaryError:
 * @DORSAL_SUMMARY_ERROR_DRAWING: a bundled drawing could not be read
 * @DORSAL_SUMMARY_ERROR_CAIRO: cairo failed (for example, out of memory or a full disk)
 * @DORSAL_SUMMARY_ERROR_WRITE: the PDF file could not be written
 */
typedef enum
{
  DORSAL_SUMMARY_ERROR_DRAWING,
  DORSAL_SUMMARY_ERROR_CAIRO,
  DORSAL_SUMMARY_ERROR_WRITE,
} DorsalSummaryError;

/**
 * DorsalSummaryLayout:
 * @body_map: where the body map was drawn, in the units of the cairo_t
 * @banner: the outcome banner
 * @answers_font_size: the size of the answer lists, in points (smaller when the page was full)
 * @text_font_size: the size of the other body text, in points
 * @fits: %FALSE if even the smallest sizes did not fit, and the answer lists were cut short
 *
 * What dorsal_summary_render_full() did, for tests and print previews.
 */
typedef struct
{
  cairo_rectangle_t body_map;
  cairo_rectangle_t banner;
  double            answers_font_size;
  double            text_font_size;
  gboolean          fits;
} DorsalSummaryLayout;

GQuark   dorsal_summary_error_quark     (void);

gboolean dorsal_summary_render          (cairo_t             *cr,
                                         double               width,
                                         double               height,
                                         DorsalTriage        *triage,
                                         DorsalAnswers       *answers,
                                         GDateTime           *when,
                                         const char          *emergency_number,
                                         GError             **error);
gboolean dorsal_summary_render_full     (cairo_t             *cr,
                                         double               width,
                                         double               height,
                                         DorsalTriage        *triage,
                                         DorsalAnswers       *answers,
                                         GDateTime           *when,
                                         const char          *emergency_number,
                                         DorsalSummaryLayout *layout,
                                         GError             **error);

void     dorsal_summary_get_paper_size  (double              *width,
                                         double              *height);
gboolean dorsal_summary_write_pdf       (const char          *path,
                                         DorsalTriage        *triage,
                                         DorsalAnswers       *answers,
                                         GDateTime           *when,
                                         const char          *emergency_number,
                                         GError             **error);

G_END_DECLS
