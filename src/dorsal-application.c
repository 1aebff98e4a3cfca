/* dorsal-application.c: the application, its options and app-wide actions
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-application.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>

#include "dorsal-assess-cli.h"
#include "dorsal-classroom.h"
#include "dorsal-kiosk.h"
#include "dorsal-resources.h"
#include "dorsal-window.h"

struct _DorsalApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  gboolean   kiosk;      /* --kiosk or the kiosk-mode setting */
  gboolean   classroom;  /* --classroom */
};

G_DEFINE_FINAL_TYPE (DorsalApplication, dorsal_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "assess", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Check the answers in FILE (- for standard input) without a window; print the outcome"),
    N_("FILE") },
  { "summary", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("With --assess, also write a one-page PDF summary to OUT (exit status 2 if it cannot)"),
    N_("OUT") },
  { "kiosk", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Run as a locked full-screen kiosk for a waiting room, reset after each visitor"), NULL },
  { "classroom", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Start full screen for a projector, with large labels, the tour and the quiz"), NULL },
  { NULL }
};

DorsalApplication *
dorsal_application_new (void)
{
  return g_object_new (DORSAL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * dorsal_application_get_settings:
 *
 * Returns: (transfer none): the app's settings
 */
GSettings *
dorsal_application_get_settings (DorsalApplication *self)
{
  g_return_val_if_fail (DORSAL_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * dorsal_settings_dup:
 *
 * The settings every part of the window should read and write: the running
 * app's, which in kiosk mode live in memory so nothing a visitor chooses is
 * written to disk; a fresh #GSettings where no app runs (tests).
 *
 * Returns: (transfer full): the settings
 */
GSettings *
dorsal_settings_dup (void)
{
  GApplication *app = g_application_get_default ();

  if (DORSAL_IS_APPLICATION (app) && DORSAL_APPLICATION (app)->settings != NULL)
    return g_object_ref (DORSAL_APPLICATION (app)->settings);

  return g_settings_new (APP_ID);
}

/* Runs before the display is opened, so command-line-only modes such as
 * --version never need one. */
static int
dorsal_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  DorsalApplication *self = DORSAL_APPLICATION (app);

  self->kiosk = g_variant_dict_contains (options, "kiosk");
  self->classroom = g_variant_dict_contains (options, "classroom");

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "dorsal", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "assess"))
    {
      g_autofree char *path = NULL;
      g_autofree char *summary = NULL;

      g_variant_dict_lookup (options, "assess", "^ay", &path);
      g_variant_dict_lookup (options, "summary", "^ay", &summary);
      return dorsal_assess_cli_run_summary (path, summary, stdout, stderr);
    }
  if (g_variant_dict_contains (options, "summary"))
    {
      g_printerr ("%s\n", _("--summary needs --assess FILE"));
      return 2;
    }

  return -1;
}

static void
dorsal_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      DorsalApplication *self = DORSAL_APPLICATION (app);

      window = GTK_WINDOW (dorsal_window_new (self));
      /* before the first present, so the kiosk is full screen from its first frame */
      if (self->kiosk)
        dorsal_kiosk_attach (DORSAL_WINDOW (window), self->settings);
      else if (self->classroom)
        dorsal_classroom_set_active (DORSAL_WINDOW (window), TRUE);
    }

  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Close the windows rather than quitting outright, so each one saves its
   * state and may refuse (a kiosk window refuses). */
  for (GList *l = windows; l != NULL; )
    {
      GList *next = l->next;

      gtk_window_close (GTK_WINDOW (l->data));
      l = next;
    }
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (app);
  GtkWidget *about;
  static const char *developers[] = { "The Dorsal authors", NULL };
  static const char *artists[] = { "The Dorsal authors (anatomy drawings)", NULL };

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("Dorsal"),
                        "developer-name", _("The Dorsal authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Learn about upper back pain: the thoracic spine, the ribs, what can go wrong there, and when to get help.\n\n"
                                      "Dorsal gives education, not diagnosis. If you are worried about your health, talk to a doctor."),
                        "website", "https://github.com/dorsal/dorsal",
                        "issue-url", "https://github.com/dorsal/dorsal/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Dorsal authors",
                        "developers", developers,
                        "artists", artists,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
classroom_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (DORSAL_IS_WINDOW (window))
    dorsal_classroom_set_active (DORSAL_WINDOW (window),
                                 !dorsal_classroom_get_active (DORSAL_WINDOW (window)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "classroom", classroom_activated },
};

static void
dorsal_application_startup (GApplication *app)
{
  DorsalApplication *self = DORSAL_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *classroom_accels[] = { "F5", NULL };

#ifdef __GLIBC__
  /* Buffers of a megabyte or more (renderings of the drawing, textures) come straight from mmap
   * and go back to the system when freed. With glibc's sliding threshold they were carved from
   * the drawing's worker threads' arenas and kept there: a kiosk grew by 15-20 MB over its first
   * hundred visitors (tests/soak), then stayed there. */
  mallopt (M_MMAP_THRESHOLD, 1024 * 1024);
#endif

  /* before chaining up: AdwApplication loads style.css from the resources then */
  dorsal_resources_register ();
  G_APPLICATION_CLASS (dorsal_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);
  self->kiosk = self->kiosk || g_settings_get_boolean (self->settings, "kiosk-mode");
  if (self->kiosk)
    {
      /* nothing a visitor chooses may outlive the visit: keep it in memory */
      GSettings *visitor = dorsal_kiosk_settings_new (self->settings);

      g_object_unref (self->settings);
      self->settings = visitor;
    }

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.classroom", classroom_accels);
}

static void
dorsal_application_dispose (GObject *object)
{
  DorsalApplication *self = DORSAL_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dorsal_application_parent_class)->dispose (object);
}

static void
dorsal_application_class_init (DorsalApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dorsal_application_dispose;

  app_class->handle_local_options = dorsal_application_handle_local_options;
  app_class->startup = dorsal_application_startup;
  app_class->activate = dorsal_application_activate;
}

static void
dorsal_application_init (DorsalApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Learn about upper back pain, explore the thoracic spine and check your symptoms."));
}

/**
 * dorsal_choose_renderer:
 *
 * Picks GTK's cairo renderer on a machine without a GPU, before GTK starts.
 *
 * Without a GPU, GTK 4.8's GL renderer runs on Mesa's llvmpipe, which has no
 * buffer age: every frame repaints and copies the whole window, about 15 ms at
 * 4K for one hover highlight. The cairo renderer repaints only what changed
 * (the diagram paints its drawing as a cairo node there, see
 * dorsal-diagram-view.c). Kiosks and classroom PCs without a GPU are where the
 * difference shows; with a GPU device GTK chooses as usual, and a GSK_RENDERER
 * set by the person always wins.
 *
 * Returns: (nullable): "cairo" when it chose, or %NULL when GTK chooses
 */
const char *
dorsal_choose_renderer (void)
{
  g_autoptr(GDir) dri = NULL;
  const char *name;

  if (g_getenv ("GSK_RENDERER") != NULL)
    return NULL;

  dri = g_dir_open ("/dev/dri", 0, NULL);
  while (dri != NULL && (name = g_dir_read_name (dri)) != NULL)
    if (g_str_has_prefix (name, "renderD") || g_str_has_prefix (name, "card"))
      return NULL;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  return "cairo";
}
