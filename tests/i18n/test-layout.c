/* test-layout.c: long (Spanish) and right-to-left text fit the main window: no label is clipped
 *
 * Options (read before GTK starts): --lang=LL binds the build dir's catalogues and sets
 * LANGUAGE (honoured under the tests' LANG=C.UTF-8); --rtl sets the default text direction to
 * right-to-left. The window is built at 1280×800 and at 400×800, with the self-assessment closed
 * and open, and every mapped GtkLabel must get at least the width it needs (its minimum from
 * gtk_widget_measure) and the height that width needs; a label that does not is cut off.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "dorsal-resources.h"
#include "dorsal-window.h"

static gboolean option_rtl = FALSE;
static char *option_lang = NULL;

static gboolean
quit_loop (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the frame clock lay the window out (a few frames) */
static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (400, quit_loop, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static char *
describe (GtkWidget *widget)
{
  GString *path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *name = gtk_widget_get_name (w);

      g_string_prepend (path, name != NULL ? name : G_OBJECT_TYPE_NAME (w));
      if (gtk_widget_get_parent (w) != NULL)
        g_string_prepend (path, " > ");
    }
  return g_string_free (path, FALSE);
}

/* A label is cut off when it gets less than its minimum size, or when it sticks out of an
 * ancestor (up to the window, or to a scrolled view, which a person can scroll). An ellipsized
 * label showing less than its natural width is truncated on purpose: listed, not counted. */
static void
collect_clipped (GtkWidget *widget,
                 GtkWidget *root,
                 GPtrArray *problems,
                 GPtrArray *truncated,
                 guint     *n_labels)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      GtkAllocation allocation;
      int width, height, min_width, min_height, nat_width;
      int margin_x = gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget);
      int margin_y = gtk_widget_get_margin_top (widget) + gtk_widget_get_margin_bottom (widget);
      g_autofree char *path = describe (widget);

      /* gtk_widget_measure() counts the widget's margins and its CSS box; the allocation
       * counts the CSS box but not the margins (and gtk_widget_get_width() counts neither) */
      gtk_widget_get_allocation (widget, &allocation);
      width = allocation.width;
      height = allocation.height;
      (*n_labels)++;
      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
      min_width -= margin_x;
      nat_width -= margin_x;
      gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, MAX (width, min_width) + margin_x,
                          &min_height, NULL, NULL, NULL);
      min_height -= margin_y;
      if (width < min_width || height < min_height)
        g_ptr_array_add (problems,
                         g_strdup_printf ("“%s”: %d×%d allocated, needs %d×%d (%s)",
                                          text, width, height, min_width, min_height, path));
      else if (gtk_label_get_ellipsize (GTK_LABEL (widget)) != PANGO_ELLIPSIZE_NONE &&
               !gtk_label_get_wrap (GTK_LABEL (widget)) && width < nat_width)
        g_ptr_array_add (truncated, g_strdup_printf ("“%s”: %d of %d px (%s)",
                                                     text, width, nat_width, path));

      for (GtkWidget *ancestor = gtk_widget_get_parent (widget);
           ancestor != NULL;
           ancestor = gtk_widget_get_parent (ancestor))
        {
          graphene_rect_t bounds;

          if (GTK_IS_VIEWPORT (ancestor) || GTK_IS_SCROLLED_WINDOW (ancestor))
            break;
          if (gtk_widget_compute_bounds (widget, ancestor, &bounds) &&
              (bounds.origin.x < -1 || bounds.origin.y < -1 ||
               bounds.origin.x + bounds.size.width > gtk_widget_get_width (ancestor) + 1 ||
               bounds.origin.y + bounds.size.height > gtk_widget_get_height (ancestor) + 1))
            {
              g_ptr_array_add (problems,
                               g_strdup_printf ("“%s”: sticks out of its %s (%.0f,%.0f %.0f×%.0f in %d×%d) (%s)",
                                                text, G_OBJECT_TYPE_NAME (ancestor),
                                                bounds.origin.x, bounds.origin.y,
                                                bounds.size.width, bounds.size.height,
                                                gtk_widget_get_width (ancestor),
                                                gtk_widget_get_height (ancestor), path));
              break;
            }
          if (ancestor == root)
            break;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_clipped (child, root, problems, truncated, n_labels);
}

/* Mnemonics (Alt+letter) of the labels a person sees: two with the same letter cycle focus
 * instead of activating, a usual casualty of translation. Reported, not failed: which widgets
 * show together depends on the page. */
static void
collect_mnemonics (GtkWidget  *widget,
                   GHashTable *by_key)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget) && gtk_label_get_use_underline (GTK_LABEL (widget)))
    {
      guint keyval = gtk_label_get_mnemonic_keyval (GTK_LABEL (widget));

      if (keyval != GDK_KEY_VoidSymbol)
        {
          GString *texts;

          keyval = gdk_keyval_to_lower (keyval);
          texts = g_hash_table_lookup (by_key, GUINT_TO_POINTER (keyval));
          if (texts == NULL)
            g_hash_table_insert (by_key, GUINT_TO_POINTER (keyval), g_string_new (gtk_label_get_label (GTK_LABEL (widget))));
          else
            g_string_append_printf (texts, " | %s", gtk_label_get_label (GTK_LABEL (widget)));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mnemonics (child, by_key);
}

static void
free_gstring (gpointer data)
{
  g_string_free (data, TRUE);
}

typedef struct
{
  int      width;
  int      height;
  gboolean assessment;
} Case;

static void
test_layout (gconstpointer data)
{
  const Case *c = data;
  DorsalWindow *window = g_object_new (DORSAL_TYPE_WINDOW, NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) truncated = g_ptr_array_new_with_free_func (g_free);
  guint n_labels = 0;
  int min_width;

  gtk_window_set_default_size (GTK_WINDOW (window), c->width, c->height);
  dorsal_window_set_assessment_open (window, c->assessment);
  gtk_window_present (GTK_WINDOW (window));
  settle ();

  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==,
                   option_rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  /* the window fits the screen it was sized for: its minimum width is not wider */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (min_width > c->width)
    g_ptr_array_add (problems, g_strdup_printf ("the window needs %d px, wider than %d", min_width, c->width));

  collect_clipped (GTK_WIDGET (window), GTK_WIDGET (window), problems, truncated, &n_labels);
  for (guint i = 0; i < truncated->len; i++)
    g_test_message ("ellipsized at %d×%d%s: %s", c->width, c->height,
                    c->assessment ? " (self-assessment open)" : "",
                    (const char *) truncated->pdata[i]);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("clipped at %d×%d%s: %s", c->width, c->height,
                    c->assessment ? " (self-assessment open)" : "",
                    (const char *) problems->pdata[i]);
  g_test_message ("%u visible labels checked", n_labels);
  {
    g_autoptr(GHashTable) by_key = g_hash_table_new_full (NULL, NULL, NULL, free_gstring);
    GHashTableIter iter;
    gpointer key, value;

    collect_mnemonics (GTK_WIDGET (window), by_key);
    g_hash_table_iter_init (&iter, by_key);
    while (g_hash_table_iter_next (&iter, &key, &value))
      if (strstr (((GString *) value)->str, " | ") != NULL)
        g_test_message ("mnemonic Alt+%s shared at %d×%d%s: %s", gdk_keyval_name (GPOINTER_TO_UINT (key)),
                        c->width, c->height, c->assessment ? " (self-assessment open)" : "",
                        ((GString *) value)->str);
  }

  /* a window with nothing to read proves nothing */
  g_assert_cmpuint (n_labels, >=, 3);
  g_assert_cmpuint (problems->len, ==, 0);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The checker finds labels that are cut off: after layout, one label is given less than its
 * minimum width and another is moved partly outside the window (what a parent with too little
 * room does to its children), while a wrapped label that fits is left alone. */
static void
test_layout_checker (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *squeezed = gtk_label_new ("A label squeezed below its minimum width");
  GtkWidget *outside = gtk_label_new ("A label that runs off the edge");
  GtkWidget *fits = gtk_label_new ("A wrapped label that fits");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) truncated = g_ptr_array_new_with_free_func (g_free);
  guint n_labels = 0;
  int min_width, height;

  gtk_label_set_wrap (GTK_LABEL (fits), TRUE);
  gtk_box_append (GTK_BOX (box), squeezed);
  gtk_box_append (GTK_BOX (box), outside);
  gtk_box_append (GTK_BOX (box), fits);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 200);
  gtk_window_present (GTK_WINDOW (window));
  settle ();

  collect_clipped (window, window, problems, truncated, &n_labels);
  g_assert_cmpuint (n_labels, ==, 3);
  g_assert_cmpuint (problems->len, ==, 0);

  gtk_widget_measure (squeezed, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (squeezed, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  gtk_widget_size_allocate (squeezed, &(GtkAllocation) { 0, 0, min_width / 3, height }, -1);
  gtk_widget_measure (outside, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_size_allocate (outside,
                            &(GtkAllocation) { gtk_widget_get_width (box) - min_width / 2, height + 6,
                                               min_width, height }, -1);
  collect_clipped (window, window, problems, truncated, &n_labels);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) problems->pdata[i]);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (problems->pdata[0], "squeezed below"));
  g_assert_nonnull (strstr (problems->pdata[1], "runs off the edge"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static const Case cases[] = {
  { 1280, 800, FALSE },
  { 1280, 800, TRUE },
  { 400, 800, FALSE },
  { 400, 800, TRUE },
};

int
main (int   argc,
      char *argv[])
{
  const char *build_root = g_getenv ("DORSAL_BUILD_ROOT");
  int kept = 1;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--rtl") == 0)
        option_rtl = TRUE;
      else if (g_str_has_prefix (argv[i], "--lang="))
        option_lang = argv[i] + strlen ("--lang=");
      else
        argv[kept++] = argv[i];
    }
  argc = kept;
  argv[argc] = NULL;

  if (option_lang != NULL)
    g_setenv ("LANGUAGE", option_lang, TRUE);
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  if (option_lang != NULL)
    {
      g_autofree char *locale_dir = NULL;

      g_assert_nonnull (build_root);
      locale_dir = g_build_filename (build_root, "po", NULL);
      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      /* as main.c does: GtkBuilder looks up the templates' strings in the default domain */
      textdomain (GETTEXT_PACKAGE);
      /* the catalogue is in use, or the "long strings" run would test English */
      g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Self-Assessment"), !=, "Self-Assessment");
      g_assert_cmpstr (gettext ("Self-Assessment"), !=, "Self-Assessment");
    }
  if (option_rtl)
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  /* a leaflet, flap or squeezer caught mid-transition has children outside its bounds: check
   * the settled layout only */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  dorsal_resources_register ();
  {
    /* the app's stylesheet, as AdwApplication loads it from the resources (sizes and fonts
     * of the real app; the window is built here without an application) */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add_func ("/i18n/layout/checker", test_layout_checker);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/layout/%dx%d%s", cases[i].width, cases[i].height,
                                               cases[i].assessment ? "/assessment" : "");

      g_test_add_data_func (path, &cases[i], test_layout);
    }

  return g_test_run ();
}
