/* dorsal-assessment-print.c: print or save the one-page summary of the self-assessment
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-assessment-pane-private.h"

#include "dorsal-application.h"

#include <glib/gi18n.h>

#include "dorsal-emergency.h"
#include "dorsal-summary.h"

/*
 * GtkPrintOperation: its dialog prints, and "Print to File" saves a PDF.
 * The page itself is drawn by the summary renderer of the core library, the
 * same one `dorsal --assess FILE --summary OUT.pdf` uses. Nothing is kept
 * after printing: the operation holds a copy of the answers and drops it
 * when it ends.
 */

typedef struct
{
  DorsalAssessmentPane *pane;      /* weak */
  AdwToastOverlay      *toasts;    /* weak */
  DorsalTriage         *triage;
  DorsalAnswers        *answers;
  GDateTime            *when;
  char                 *number;
  gboolean              reported;  /* a failure is told once */
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_weak_pointer (&job->pane);
  g_clear_weak_pointer (&job->toasts);
  g_clear_object (&job->triage);
  g_clear_pointer (&job->answers, dorsal_answers_free);
  g_clear_pointer (&job->when, g_date_time_unref);
  g_free (job->number);
  g_free (job);
}

static void
show_toast (PrintJob   *job,
            const char *message)
{
  if (job->reported)
    return;
  job->reported = TRUE;
  if (job->toasts != NULL)
    adw_toast_overlay_add_toast (job->toasts, adw_toast_new (message));
}


static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = dorsal_summary_render (cr, width, gtk_print_context_get_height (context),
                              job->triage, job->answers, job->when, job->number, &error);

  if (!ok)
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s says what went wrong */
      message = g_strdup_printf (_("The summary could not be drawn: %s"),
                                 error != NULL ? error->message : _("unknown error"));
      show_toast (job, message);
      gtk_print_operation_cancel (operation);
    }
}

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      /* TRANSLATORS: %s says what went wrong */
      message = g_strdup_printf (_("Could not print the summary: %s"),
                                 error != NULL ? error->message : _("unknown error"));
      show_toast (job, message);
    }
}

/**
 * _dorsal_assessment_print:
 * @toasts: where to tell the person when printing fails
 * @export_path: (nullable): %NULL to open the print dialog; a PDF file to
 *   write without a dialog (for tests)
 *
 * Prints the summary of the answers so far, or saves it as a PDF from the
 * print dialog ("Print to File").
 *
 * Returns: %FALSE if printing failed (the person was told in a toast)
 */
gboolean
_dorsal_assessment_print (DorsalAssessmentPane *self,
                          AdwToastOverlay      *toasts,
                          const char           *export_path)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GSettings) settings = dorsal_settings_dup ();
  g_autofree char *setting = g_settings_get_string (settings, "emergency-number");
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PrintJob *job = g_new0 (PrintJob, 1);
  GtkPrintOperationResult result;

  g_set_weak_pointer (&job->pane, self);
  g_set_weak_pointer (&job->toasts, toasts);
  job->triage = g_object_ref (dorsal_assessment_pane_get_triage (self));
  job->answers = dorsal_answers_copy (dorsal_assessment_pane_get_answers (self));
  job->when = g_date_time_new_now_local ();
  job->number = g_strdup (dorsal_emergency_number (setting, NULL));

  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("Back pain self-assessment"));
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), job);
  g_object_set_data_full (G_OBJECT (operation), "dorsal-print-job", job,
                          (GDestroyNotify) print_job_free);

  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s says what went wrong */
      message = g_strdup_printf (_("Could not print the summary: %s"),
                                 error != NULL ? error->message : _("unknown error"));
      show_toast (job, message);
    }
  return result != GTK_PRINT_OPERATION_RESULT_ERROR && !job->reported;
}
