### Treaty Tracker : les mots de la fenêtre en français.
### Chaque message de i18n/en/treaty_tracker.ftl doit être ici (tests/i18n.rs).

## Menus

menu-file = Fichier
menu-open-recent = Ouvrir un fichier récent
menu-no-recent-files = Aucun fichier récent
menu-edit = Édition
menu-your-name = Votre nom
menu-your-name-tip = Inscrit comme recorded_by sur les déclarations que vous consignez
menu-view = Affichage
menu-language = Langue
menu-help = Aide

## Les actions (src/app/actions.rs) : un libellé, et son info-bulle en ID-tip

action-save-as = Enregistrer sous…
action-save-as-tip = Enregistrer le projet dans un autre fichier
action-redo = Rétablir
action-redo-tip = Rétablir la dernière modification annulée
action-new-from-template = Nouveau à partir du modèle du manifeste
action-new-from-template-tip = Commencer un projet avec les dix principes du Manifeste multipartite sur la cybercriminalité de 2021
action-new-blank = Nouveau projet vierge
action-new-blank-tip = Commencer votre propre projet : ajoutez ses principes, ses sessions et ses parties prenantes
action-open = Ouvrir…
action-open-tip = Ouvrir un fichier de projet (.ron)
action-open-by-path = Ouvrir en saisissant un chemin…
action-open-by-path-tip = Ouvrir un fichier de projet dont vous saisissez le chemin, sans la boîte de dialogue
action-save = Enregistrer
action-save-tip = Enregistrer le projet dans son fichier
action-save-as-by-path = Enregistrer sous en saisissant un chemin…
action-save-as-by-path-tip = Enregistrer le projet à un chemin que vous saisissez, sans la boîte de dialogue
action-merge-file = Fusionner le fichier d'un collègue…
action-merge-file-tip = Intégrer la copie de ce projet d'un collègue : ce qu'il est seul à avoir est ajouté, rien n'est supprimé, et les champs que vous tenez différemment deviennent des conflits (une seule annulation)
action-import-spreadsheet = Importer des déclarations d'un tableur…
action-import-spreadsheet-tip = Importer des déclarations d'un fichier CSV, XLSX ou ODS : associez ses colonnes et ses valeurs, voyez chaque problème par ligne et par colonne avant tout changement (une seule annulation)
action-conflicts = Conflits de fusion…
action-conflicts-tip = Les conflits laissés par une fusion : votre valeur, la sienne et celle de l'ancêtre commun côte à côte
action-export-report = Exporter…
action-export-report-tip = Écrire le rapport d'alignement (HTML, Markdown, CSV, JSON, ou ses tableaux en XLSX), le tableau des déclarations (CSV, XLSX) ou tout le projet (JSON), avec un aperçu
action-close = Fermer
action-close-tip = Fermer le projet
action-quit = Quitter
action-quit-tip = Quitter Treaty Tracker
action-undo = Annuler
action-undo-tip = Annuler la dernière modification
action-quick-entry = Consigner une déclaration
action-quick-entry-tip = Aller à la ligne de saisie rapide : partie prenante, principes avec positions, résumé
view-overview = Vue d'ensemble
view-overview-tip = Traité, cadre, effectifs, calendrier et dernières déclarations
view-log = Journal des déclarations
view-log-tip = Toutes les déclarations, filtrées et triées, avec leurs sources
view-matrix = Matrice d'alignement
view-matrix-tip = Parties prenantes × principes pour une session, colorées selon la position
view-trends = Tendances
view-trends-tip = Alignement, soutien et écart au fil des sessions
view-gaps = Lacunes
view-gaps-tip = Par principe : soutien, position mitigée, opposition et silence
view-shifts = Évolutions
view-shifts-tip = Qui a changé de position sur quoi entre deux sessions
view-coalition = Carte des coalitions
view-coalition-tip = Qui se tient avec qui, sur une carte en deux dimensions
view-profile = Profil d'une partie prenante
view-profile-tip = Une partie prenante au fil du temps, ou jusqu'à quatre côte à côte
view-principles = Principes
view-principles-tip = Modifier les principes du cadre
view-sessions = Sessions
view-sessions-tip = Modifier les sessions
view-stakeholders = Parties prenantes
view-stakeholders-tip = Modifier les États, les groupes et les autres participants
theme-system = Suivre le thème du système
theme-system-tip = Clair ou sombre selon le système
theme-light = Thème clair
theme-light-tip = Texte foncé sur fond clair
theme-dark = Thème sombre
theme-dark-tip = Texte clair sur fond sombre
action-zoom-in = Agrandir
action-zoom-in-tip = Texte plus grand
action-zoom-out = Réduire
action-zoom-out-tip = Texte plus petit
action-zoom-reset = Taille par défaut
action-zoom-reset-tip = Taille de texte par défaut
action-shortcuts = Raccourcis clavier
action-shortcuts-tip = Tous les raccourcis
action-about = À propos de Treaty Tracker
action-about-tip = Version et licence

## Effectifs ($n choisit la forme ; $shown est le nombre tel qu'il s'écrit)

count-principles = { $n ->
    [one] { $shown } principe
   *[other] { $shown } principes
}
count-sessions = { $n ->
    [one] { $shown } session
   *[other] { $shown } sessions
}
count-stakeholders = { $n ->
    [one] { $shown } partie prenante
   *[other] { $shown } parties prenantes
}
count-blocs = { $n ->
    [one] { $shown } groupe
   *[other] { $shown } groupes
}
count-statements = { $n ->
    [one] { $shown } déclaration
   *[other] { $shown } déclarations
}

## Ligne d'état, navigation, écran d'accueil

status-not-saved = Non enregistré
status-working = En cours…
nav-views = Vues
nav-sessions = Sessions
start-no-project = Aucun projet ouvert
start-recent = Récents

## Vue d'ensemble

overview-title = Titre du projet
overview-treaty = Traité
overview-short-name = Nom court
overview-description = Description
overview-framework = Cadre
overview-framework-source = Source du cadre
overview-timeline = Calendrier
overview-latest = Dernières déclarations

## En-têtes de colonnes

column-session = Session
column-dates = Dates
column-where = Lieu
column-draft = Texte en négociation
column-statements = Déclarations
column-logged = Consignée
column-who = Qui
column-summary = Résumé

## Raccourcis clavier et À propos

shortcuts-or = {" "}ou{" "}
shortcuts-in-place = Dans la saisie rapide, le journal et les vues
shortcuts-complete = Saisie rapide : prendre la complétion en surbrillance
shortcuts-log-line = Saisie rapide : consigner la ligne
shortcuts-entry-session = Saisie rapide : session précédente / suivante
shortcuts-log-rows = Journal : déclaration précédente / suivante
shortcuts-matrix-rows = Matrice : un écran de lignes / la première ou la dernière ligne
shortcuts-view-session = Vues d'analyse : session précédente / suivante
about-what = Consigner, analyser et rendre compte de la position des parties à une négociation sur un ensemble de principes.
about-privacy = Vos données restent dans vos fichiers de projet ; l'application ne fait aucun appel réseau.
about-licence = Licence : { $licence }

## Les valeurs de la méthode (src/i18n.rs, Localized)

stance-strongly-supports = Soutient fortement
stance-supports = Soutient
stance-mixed = Mitigé
stance-opposes = S'oppose
stance-strongly-opposes = S'oppose fortement
kind-state = État
kind-bloc = Groupe d'États
kind-intergovernmental-org = Organisation intergouvernementale
kind-civil-society = Société civile
kind-private-sector = Secteur privé
kind-academia = Milieu universitaire
kind-technical-community = Communauté technique
kind-other = Autre
kind-indigenous-peoples = Peuples autochtones
kind-workers = Travailleurs et syndicats
kind-scientific-community = Communauté scientifique
kind-local-authorities = Autorités locales
session-kind-organizational = Organisationnelle
session-kind-formal = Formelle
session-kind-intersessional = Intersessions
session-kind-informal = Informelle
session-kind-other = Autre
region-african = Groupe des États d'Afrique
region-asia-pacific = Groupe des États d'Asie-Pacifique
region-eastern-european = Groupe des États d'Europe orientale
region-latin-american-caribbean = Groupe des États d'Amérique latine et des Caraïbes
region-western-european-others = Groupe des États d'Europe occidentale et autres États
source-official = Officielle
source-observer = Observateur
source-ai-summary = Résumé par IA
source-media = Médias
source-own-notes = Notes personnelles
source-other = Autre
confidence-high = Élevée
confidence-medium = Moyenne
confidence-low = Faible
verdict-silent = Silence
verdict-too-few = Trop peu de positions
verdict-contested = Contesté
verdict-broad-support = Large soutien
verdict-leaning-support = Plutôt soutenu
verdict-broad-opposition = Large opposition
verdict-leaning-opposition = Plutôt rejeté
verdict-mixed = Mitigé

## src/app/treaty_app/dialogs_ui.rs

dialog-opening = Ouverture de { $path }…
opening-reading = Lecture du fichier
opening-parsing = Lecture des déclarations : { $done } sur { $total }
opening-checking = Vérification des identifiants et des renvois
opening-preparing = Préparation des vues
dialog-cancel = Annuler
dialog-ok = OK
dialog-unsaved-title = Modifications non enregistrées
dialog-unsaved-message = Enregistrer d'abord les modifications de { $name } ?
dialog-save = Enregistrer
dialog-dont-save = Ne pas enregistrer
dialog-reload-keep = Recharger et garder mes modifications
dialog-reload-drop = Recharger et abandonner mes modifications
dialog-reload = Recharger
dialog-not-now = Pas maintenant
dialog-changed-on-disk-title = Le fichier a changé sur le disque
dialog-external-change-dirty = Un autre programme (un git pull, un dossier synchronisé, une autre fenêtre) a modifié le fichier. Rechargez-le en gardant vos modifications non enregistrées : elles sont fusionnées, enregistrement par enregistrement, avec ce qui est maintenant sur le disque, et ce que chacun a modifié différemment devient un conflit à résoudre.
dialog-external-change = Un autre programme (un git pull, un dossier synchronisé, une autre fenêtre) a modifié le fichier. Le recharger pour voir ce qui est maintenant sur le disque ?
dialog-sync-copy-title = Une copie de conflit de synchronisation
dialog-sync-copy = Votre outil de synchronisation a laissé « { $name } » à côté de ce projet{ $others ->
        [0] {""}
       *[other] {" "}(et { $others } autres)
    } : deux ordinateurs ont modifié le fichier en même temps. La fusionner ? Ce que seule la copie contient est ajouté, rien n'est supprimé, et les champs qui diffèrent deviennent des conflits à résoudre (une seule annulation). Supprimez vous-même la copie une fois fusionnée.
dialog-merge-it = La fusionner
dialog-changed-on-disk = Un autre programme a modifié le fichier depuis que vous l'avez ouvert ou enregistré. L'écraser avec votre version ?
dialog-overwrite = Écraser
dialog-replace-title = Remplacer le fichier ?
dialog-replace-project = { $path } existe déjà. Le remplacer par ce projet ?
dialog-replace-report = { $path } existe déjà. Le remplacer par le rapport ?
dialog-replace = Remplacer
dialog-recovery-title = Récupérer le travail non enregistré ?
dialog-recovery = Treaty Tracker ne s'est pas fermé normalement. Les modifications non enregistrées de { $what } ont été conservées ({ $statements }).
dialog-recovery-unsaved-project = un projet non enregistré
dialog-restore = Restaurer
dialog-discard = Abandonner
dialog-path = Chemin
dialog-path-open = Ouvrir
dialog-path-export = Exporter
dialog-path-merge = Fusionner
dialog-path-read = Lire

## src/app/treaty_app : la ligne d'état et les fenêtres d'erreur

status-writing-mapping = Écriture de la correspondance dans { $path }…
status-logged = { $who } consigné sur { $stances } en { $session }. Ctrl+Z l'annule.
status-session-gone = La session { $id } n'existe plus : les nouvelles déclarations vont de nouveau à la session en cours
status-undone = Annulé : { $what }. Ctrl+Maj+Z le rétablit.
status-redone = Rétabli : { $what }.
status-reading-again = Nouvelle lecture de { $path }…
status-done = { $what } : fait. Ctrl+Z l'annule.
status-restored = Travail non enregistré restauré ; enregistrez-le pour le garder
status-closing-after-save = Fermeture dès que le projet est enregistré…
status-closed = Projet fermé
status-new-project = Nouveau projet
project-untitled = Projet sans titre
status-no-file-dialog = Aucun service de boîte de dialogue n'a répondu : saisissez le chemin.
status-reading-to-merge = Lecture de { $path } pour le fusionner…
status-reading = Lecture de { $path }…
status-saving = Enregistrement de { $path }…
status-autosave-failed = Échec de l'enregistrement automatique : { $error }
status-exported = Exporté vers { $path } : { $what }
status-reloaded-kept = { $path } rechargé, vos modifications gardées ({ $summary } venant du disque) ; pas encore enregistré
status-merged-nothing = { $path } fusionné : rien de nouveau
status-merged = { $path } fusionné ({ $how }) : { $summary }. Ctrl+Z annule toute la fusion.
status-opened-conflicts = { $path } ouvert : { $conflicts } conflit(s) de fusion à résoudre (Fichier > Conflits de fusion…)
status-opened = { $path } ouvert
status-saved = { $path } enregistré
status-no-data-folder = Aucun dossier de données : le travail non enregistré n'est pas sauvegardé automatiquement
merge-label-mine-unsaved = mes modifications non enregistrées
merge-label-disk = le fichier sur le disque
merge-three-way = à trois voies, depuis l'ancêtre commun dans git
merge-two-way = à deux voies : rien n'est supprimé
error-template = Le modèle du manifeste intégré ne peut pas être lu
error-sample = L'exemple intégré ne peut pas être lu
error-not-exported = Non exporté
error-export-over-project = { $path } est le fichier de ce projet : choisissez un autre nom pour l'export.
error-nothing-to-export = Rien à exporter
error-export-not-ready = L'export n'était pas prêt ; réessayez.
error-cannot-open = Impossible d'ouvrir le projet
error-cannot-write = Impossible d'écrire { $what }
error-cannot-import = Impossible d'importer { $path }
error-cannot-merge = { $path } ne peut pas être fusionné
error-not-a-project-to-merge = Ce n'est pas un projet valide ; rien n'a été fusionné :
    { $problems }
error-already-open-title = Déjà ouvert dans une autre fenêtre
error-already-open = { $path } est ouvert dans une autre fenêtre de Treaty Tracker (processus { $pid }). Les modifications faites dans l'une ne verront pas celles de l'autre ; quand l'autre fenêtre enregistre, celle-ci propose de recharger en gardant vos modifications.
error-has-problems = { $path } a { $problems } problème(s)
error-open-with-problems = Le projet est ouvert ; corrigez ceci avant de le partager :
    { $problems }
error-cannot-save = Impossible d'enregistrer le projet
error-cannot-save-message = { $message }
    Vos modifications sont toujours ouvertes et non enregistrées.

## src/app/log.rs

log-no-name = (sans nom)
log-any = tous
log-filter-stakeholder = Partie prenante
log-find = Chercher
log-find-hint = nom ou id
log-with-members = avec ses membres
log-with-members-tip = Aussi les déclarations propres des membres du groupe
log-with-blocs = avec ses groupes
log-with-blocs-tip = Aussi les déclarations des groupes dont elle fait partie, qui comptent pour elle quand les positions de groupe sont activées
log-filter-principle = Principe
log-filter-stance = Position
log-filter-confidence = Confiance
log-filter-source = Source
log-filter-tag = Étiquette
log-filter-logged-by = Consignée par
log-search = Rechercher
log-search-hint = mots, accents indifférents
log-search-tip = Chaque mot doit figurer dans le résumé, la citation, les articles, les étiquettes, la source ou les noms
log-clear-filters = Effacer les filtres
log-shown-of = { $shown } sur { $total }
log-sort-tip = Trier par { $column }
log-column-date = Date
log-column-stakeholder = Partie prenante
log-column-stances = Positions
log-principle-stance = { $principle } : { $stance }
log-everything-said = Tout ce qu'a dit { $who }
log-everything-said-on = Tout ce qu'a dit { $who } sur { $principle }
log-row-name = { $session }, { $who } : { $stances }. { $summary }
log-row-name-dated = { $session }, { $date }, { $who } : { $stances }. { $summary }
log-selected-hidden = La déclaration sélectionnée est masquée par les filtres.
log-show-all = Afficher toutes les déclarations
log-statement = Déclaration
log-close = Fermer
log-close-tip = Fermer ce panneau
log-done-editing = Terminer la modification
log-edit-statement = Modifier la déclaration
log-edit-statement-tip = Modifier tous les champs de cette déclaration
log-duplicate = Dupliquer
log-duplicate-tip = Une copie avec un nouvel id, consignée maintenant, juste après celle-ci
log-delete = Supprimer
log-delete-tip = Supprimer cette déclaration (Ctrl+Z la rétablit)
log-deleted = Déclaration de { $stakeholder } (session { $session }) supprimée. Ctrl+Z la rétablit.
log-everything-they-said = Tout ce qu'elle a dit
log-everything-they-said-tip = Filtrer le journal sur cette partie prenante, toutes sessions confondues
log-delivered-by = Prononcée par { $name } ({ $id })
log-principle-title-stance = { $principle } { $title } : { $stance }
log-all-on-this = tout sur ce point
log-all-on-this-tip = Tout ce qu'a dit { $who } sur { $principle }, toutes sessions confondues
log-quote = Citation
log-articles = Articles : { $articles }
log-confidence-value = Confiance : { $confidence }
log-confidential = Confidentielle : jamais exportée
log-tags = Étiquettes : { $tags }
log-source-value = Source : { $kind }
log-open-source = Ouvrir la source dans le navigateur
log-open-source-tip = Ouvre le lien dans votre navigateur ; rien n'est téléchargé autrement
log-logged-at = Consignée le { $when } · id { $id }
log-logged-by-at = Consignée le { $when } par { $who } · id { $id }

## src/app/quick_bar.rs

entry-none = aucune
entry-session-tip = La session où vont les nouvelles déclarations (Alt+↑ / Alt+↓ dans la ligne de saisie)
entry-log = Saisie
entry-sticky-cleared = La source et la confiance se donnent de nouveau ligne par ligne
entry-logging-into = Consignation dans la session { $name } ({ $id })
entry-no-such-session = Aucune session « { $typed } » : tapez son id ou son nom après @
entry-log-it = Consigner
entry-log-it-tip = Consigner la déclaration (Entrée)
entry-per-line = par ligne
entry-source = Source
entry-source-tip = La source de toute déclaration consignée sans src:… (Échap sur une ligne vide l'efface)
entry-confidence = Confiance
entry-confidence-tip = La confiance de toute déclaration consignée sans !high, !medium ou !low (Échap sur une ligne vide l'efface)
entry-delivered-by = prononcée par { $name }
entry-no-session = aucune session
entry-in-session = session { $session }
entry-on-date = le { $date }
entry-stance = · { $principle } { $title } : { $stance }
entry-quote = · citation : « { $quote } »
entry-no-session-to-log = aucune session où consigner : ajoutez-en une dans Affichage > Sessions
entry-ready = Prêt : Entrée la consigne
entry-problem-at = « { $shown } » : { $problem }
entry-and-more = { $n ->
    [one] { $text } (et { $shown } autre)
   *[other] { $text } (et { $shown } autres)
}

## src/app/statement_editor.rs

statement-no-stance = aucune position
statement-stance-choice = { $principle } : { $stance }
statement-stakeholder = Partie prenante
statement-unknown-stakeholder = partie prenante inconnue « { $id } »
statement-delivered-by = Prononcée par
statement-delivered-by-itself = — (la partie prenante elle-même)
statement-itself = la partie prenante elle-même
statement-date = Date de la déclaration
statement-date-hint = AAAA-MM-JJ ou vide
statement-outside-session = hors de la session ({ $start } – { $end })
statement-stances = Positions
statement-unknown-principle = position sur un principe inconnu « { $id } »
statement-needs-stance = une déclaration doit avoir au moins une position
statement-summary-empty = le résumé est vide : dites en quelques mots ce qui a été dit
statement-quote = Citation
statement-articles = Articles
statement-articles-hint = un par ligne, p. ex. Art. 6(2)
statement-source-kind = Type de source
statement-no-source = Aucune source
statement-source-url = URL de la source
statement-unsafe-url = pas un lien http(s) : les rapports l'affichent comme du texte
statement-source-title = Titre de la source
statement-confidence = Confiance
statement-confidential = Confidentielle (jamais exportée)
statement-tags = Étiquettes
statement-tags-hint = séparées par des espaces ou des virgules
statement-recorded-by = Consignée par
statement-logged-at = { $when } · id { $id }

## src/app/export.rs

export-report-xlsx = XLSX (ses tableaux)
export-statements-csv = Déclarations en CSV
export-statements-xlsx = Déclarations en XLSX
export-project-json = Tout le projet en JSON
export-workbook-report = Un classeur XLSX de { $kb } Ko avec une feuille par tableau (About, Principles, Stakeholders, Positions, et Shifts et Blocs s'il y en a) : les nombres en nombres, les parts en pourcentages, les dates en dates, une ligne d'en-tête figée avec des filtres.
export-workbook-statements = Un classeur XLSX de { $kb } Ko avec une feuille, Statements : les nombres en nombres, les parts en pourcentages, les dates en dates, une ligne d'en-tête figée avec des filtres.
export-failed = l'export n'a pas pu être réalisé
export-thread-failed = impossible de lancer le fil du rapport : { $error }
export-title = Exporter un rapport ou un tableau
export-report = Rapport d'alignement
export-tables = Tableaux
export-compared-with = comparée à
export-compared-with-name = Comparée à
export-previous-session = la session précédente
export-count-confidential = Compter les déclarations confidentielles dans les chiffres
export-count-confidential-tip = Désactivé par défaut : un export les exclut de tous les chiffres. Leur texte, leurs étiquettes, leurs articles, leur source et leur id n'apparaissent dans aucun export, dans un cas comme dans l'autre
export-separator = Séparateur
export-comma = Virgule
export-semicolon = Point-virgule
export-tab = Tabulation
export-decimals = Décimales
export-bom = Indicateur d'ordre des octets (BOM)
export-bom-tip = Commence le fichier par une marque UTF-8, pour que les tableurs lisent bien les accents
export-include-confidential = Inclure les déclarations confidentielles (leur texte part alors dans le fichier)
export-include-confidential-tip = Désactivé par défaut : les déclarations confidentielles ne sortent jamais sans demande
export-button = Exporter…
export-preparing = Préparation de l'export…
export-preview = Aperçu
export-open-in-browser = Ouvrir dans le navigateur
export-open-in-browser-tip = Affiche ce rapport dans votre navigateur web, à partir d'un fichier temporaire privé (rien ne quitte cet ordinateur)
export-more-rows = { $n ->
    [one] … et { $shown } ligne de plus
   *[other] … et { $shown } lignes de plus
}

## src/app/method_ui.rs

method-carry-forward = Reporter les positions
method-carry-forward-tip = Activé : une position exprimée à une session antérieure compte jusqu'à ce que la partie prenante en exprime une autre. Désactivé : seules les déclarations de la session elle-même comptent
method-bloc-positions = Compter les déclarations des groupes pour leurs membres
method-bloc-positions-tip = Activé : la déclaration d'un groupe compte pour chacun de ses membres (groupes imbriqués compris), sauf si le membre a dit autre chose lui-même le même jour ou plus tard. Désactivé : seules les déclarations propres d'une partie prenante comptent pour elle
method-overridden = (pas la méthode du projet)
method-use-project = Utiliser la méthode du projet
method-use-project-tip = La méthode se règle pour le projet dans la Vue d'ensemble
method-heading = Méthode
method-about = Comment les déclarations deviennent des chiffres pour ce projet (docs/METHODOLOGY.md). Enregistrée dans le fichier ; une vue ou un export peut changer les deux premiers réglages pour le moment.
method-min-positions = Nombre minimal de positions pour un verdict
method-min-positions-tip = Un principe sur lequel moins de parties prenantes ont une position reçoit le verdict « { $verdict } », avec ses chiffres à côté

## src/app/insight/common.rs, state.rs, widgets.rs (communs aux vues d'analyse)

insight-preparing = Préparation de l'analyse…
insight-carried-from = reportée depuis { $session }
insight-via = via { $bloc }
insight-via-delivered-by = via { $bloc }, prononcée par { $speaker }
insight-confidential = confidentielle
insight-cell = { $name } sur { $principle } : { $position }
insight-cell-none = { $name } sur { $principle } : aucune position consignée
insight-verdict-with-count = { $verdict } ({ $n } sur { $total })
insight-date-not-recorded = date non consignée
insight-stances = Positions : { $stances }
insight-delivered-by = prononcée par { $speaker }
insight-no-source = aucune source consignée
insight-source-titled = { $kind } : { $title }
insight-source-line = Source : { $source } · confiance { $confidence }
insight-cell-tip-title = { $name } sur { $principle } à { $session }
insight-no-position-up-to = Aucune position consignée jusqu'à { $session }
insight-no-position-carry-off = Aucune position consignée jusqu'à { $session } (report des positions désactivé : seule cette session compte)
insight-cell-click-none = Clic : les déclarations de cette partie prenante sur ce principe dans le journal
insight-earlier = Auparavant sur { $principle } ({ $count }) :
insight-cell-click = Clic : toutes les déclarations qui fondent cette position dans le journal
insight-previous-session = Session précédente ({ $label })
insight-previous-session-tip = Session précédente (Alt+Gauche)
insight-next-session = Session suivante ({ $label })
insight-next-session-tip = Session suivante (Alt+Droite)
insight-alignment = Alignement
insight-coverage = Couverture
insight-stakeholder = Partie prenante
insight-bloc = Groupe
insight-kind = Type
insight-un-regional-group = Groupe régional de l'ONU
insight-in-no-bloc = Dans aucun groupe
insight-bloc-name = { $name } (groupe)
insight-verdict = Verdict : { $verdict }
insight-in-scope = { $n } sur { $total } dans le périmètre ont une position ; silence { $silent }

## src/app/insight/matrix.rs

matrix-no-session = Aucune session pour l'instant : ajoutez une session et des déclarations pour voir la matrice
matrix-sort-by = Trier par
matrix-sort-name = Nom
matrix-sort-region = Région
matrix-group-by = Regrouper par
matrix-no-grouping = Aucun regroupement
matrix-all-kinds = Tous les types
matrix-legend = Légende
matrix-legend-carried = Reportée d'une session antérieure (atténuée, marque en coin)
matrix-legend-inherited = Héritée d'une déclaration de groupe (barre en bas)
matrix-legend-confidential = Repose sur une déclaration confidentielle (anneau)
matrix-legend-no-position = Aucune position consignée
matrix-no-stakeholder-of-kind = Aucune partie prenante de ce type
matrix-no-region = Sans groupe régional de l'ONU
matrix-bloc-header = { $bloc } : alignement propre { $own }, moyenne des membres { $mean } (membres pris en compte : { $counted } sur { $members })
matrix-support-row = Soutien (parmi ceux qui ont une position)
matrix-opposition-row = Opposition
matrix-column-label = { $principle } : { $verdict }, soutien { $support }, opposition { $opposition }, { $n } sur { $total } avec une position
matrix-shares-tip = Soutien { $support } · mitigé { $mixed } · opposition { $opposition } (parmi ceux qui ont une position)
matrix-scores-tip = Score moyen { $mean } · écart { $gap } · consensus { $consensus }
matrix-column-click = Clic : les déclarations sur ce principe dans le journal
matrix-row-tip = Alignement { $alignment } · couverture { $coverage } ({ $positions } { $positions ->
    [one] principe
   *[other] principes
} avec une position)
matrix-row-click = Clic : profil
matrix-row-label = { $name } : alignement { $alignment }, couverture { $coverage }

## src/app/insight/gaps.rs

gaps-no-session = Aucune session pour l'instant : ajoutez une session et des déclarations pour voir les lacunes
gaps-explanation = Les plus éloignés du cadre d'abord. L'opposition à gauche de l'axe central, le soutien à droite, les positions mitigées à cheval sur l'axe ; le silence (aucune position consignée) en gris à la fin
gaps-scale-oppose = 100 % contre
gaps-scale-support = 100 % pour
gaps-verdict = Verdict
gaps-row-label = { $principle } : { $verdict }, soutien { $support }, mitigé { $mixed }, opposition { $opposition }, silence { $silence }, écart { $gap }
gaps-silent = silence { $share }
gaps-shares-tip = Parmi ceux qui ont une position : soutien { $support } · mitigé { $mixed } · opposition { $opposition }
gaps-scores-tip = Écart { $gap } · score moyen { $mean } · consensus { $consensus }
gaps-click = Clic : ses déclarations dans le journal

## src/app/insight/trends.rs

trends-metric-alignment = Alignement des parties prenantes
trends-metric-support = Part de soutien des principes
trends-metric-gap = Écart des principes
trends-show = Afficher
trends-no-session = Aucune session pour l'instant : ajoutez des sessions et des déclarations pour voir les tendances
trends-stakeholders-and-blocs = Parties prenantes et groupes
trends-find = Rechercher
trends-clear = Effacer
trends-clear-tip = Décocher toutes les parties prenantes
trends-members-mean = { $name } (moyenne des membres)
trends-choose = Choisissez des parties prenantes ou des principes à gauche
trends-axis-support = Part de soutien
trends-axis-gap = Écart (0 : tous soutiennent fortement, 1 : tous s'opposent fortement)
trends-axis-sessions = Sessions, à leur date de début
trends-point =
    { $series }
    { $session } : { $value }
trends-plot-label = Courbes de tendance ({ $metric }) : { $series }

## src/app/insight/shifts.rs

shifts-no-session = Aucune session pour l'instant : ajoutez des sessions et des déclarations pour voir les évolutions
shifts-from-session = Session de départ
shifts-to-session = Session d'arrivée
shifts-first-session = C'est la première session : choisissez-en une plus récente pour la comparer à la précédente
shifts-same-session = Choisissez deux sessions différentes
shifts-moved = Positions modifiées ({ $count })
shifts-new = Nouvelles positions ({ $count })
shifts-explanation = De { $from } à { $to } : les plus grands changements d'abord ; survolez une déclaration pour son détail, cliquez sur un changement pour toutes les déclarations qui le fondent
shifts-to = vers
shifts-change-tip = Toutes les déclarations qui le fondent dans le journal des déclarations
shifts-nobody-moved = Personne n'a changé de position entre { $from } et { $to }
shifts-principle = Principe
shifts-change = Changement
shifts-earlier-statement = Déclaration antérieure
shifts-later-statement = Déclaration ultérieure
shifts-change-label = { $name } sur { $principle } : de « { $before } » à « { $after } » ({ $delta }), de { $from } à { $to }
shifts-no-new = Aucune nouvelle position à { $to } (toutes y existaient déjà à { $from })
shifts-position = Position
shifts-statement = Déclaration
shifts-new-label = { $name } sur { $principle } : nouvelle à { $session } : { $position }
shifts-carried-from = depuis { $session }

## src/app/insight/coalition.rs

coalition-no-session = Aucune session pour l'instant : ajoutez des sessions et des déclarations pour voir la carte
coalition-colour-by = Couleur selon
coalition-explanation = Les parties prenantes qui s'accordent sont proches : les distances approchent le désaccord (1 − accord) par positionnement multidimensionnel. Les axes n'ont pas de sens propre
coalition-explanation-variance = { coalition-explanation } ; ensemble, ils expliquent { $share } de la variance
coalition-nobody = Personne dans le périmètre n'a encore de position à { $session }
coalition-point-figures = alignement { $alignment } · couverture { $coverage }
coalition-same-place = au même endroit : { $names }
coalition-and-more = { $names } et { $count } { $count ->
    [one] autre
   *[other] autres
}
coalition-plot-label = Carte des coalitions de { $session } : { $count } { $count ->
    [one] partie prenante placée
   *[other] parties prenantes placées
} ; { $groups }
coalition-no-region = Sans groupe régional

## src/app/insight/profile.rs

profile-no-session = Aucune session pour l'instant : ajoutez des sessions et des déclarations pour voir les profils
profile-no-stakeholder = Aucune partie prenante pour l'instant
profile-mode-profile = Profil
profile-mode-compare = Comparer
profile-as-of = À la session
profile-everything-said = Toutes les déclarations de { $name }
profile-everything-said-tip = Le journal des déclarations filtré sur cette partie prenante
profile-member-of = membre de { $blocs }
profile-figures = À { $session } : alignement { $alignment } · couverture { $coverage } ({ $positions } { $positions ->
    [one] principe
   *[other] principes
} avec une position)
profile-stances-over-time = Positions au fil du temps
profile-cell-at = { $cell } à { $session }
profile-no-neighbour = Aucune autre partie prenante ne partage de principe avec { $name } à { $session }
profile-closest = Accord le plus élevé à { $session }
profile-most-distant = Accord le plus faible à { $session }
profile-neighbour = { $name } : accord { $agreement } sur { $count } { $count ->
    [one] principe commun
   *[other] principes communs
}
profile-show-profile-tip = Afficher le profil de cette partie prenante
profile-statements = Déclarations ({ $count }), les plus récentes d'abord
profile-actor = Acteur { $slot }
profile-remove = Retirer
profile-remove-tip = Retirer de la comparaison
profile-remove-actor = Retirer l'acteur { $slot }
profile-add-actor = Ajouter un acteur
profile-add-actor-tip = Comparer jusqu'à quatre parties prenantes
profile-figure-label = { $name } : { $figure } { $value }
profile-agreement-at = Accord à { $session }
profile-pair = { $first } et { $second } : { $agreement } sur { $count } { $count ->
    [one] principe commun
   *[other] principes communs
}

## src/report (rapports) : les rapports HTML et Markdown (`report --lang`). Les arguments sont
## des chiffres déjà écrits à la française, ou du texte de l'utilisateur déjà échappé.

report-html-title = { $title } — rapport d'alignement, { $session }
report-subtitle = Rapport d'alignement : { $session }
report-labelled = { $label } : { $value }
report-fact-treaty = Traité
report-fact-framework = Cadre
report-fact-session = Session
report-fact-draft = Texte en négociation
report-fact-compared-with = Comparaison avec
report-first-session = — (première session)
report-fact-positions = Positions
report-positions-carried = dernières connues, reportées des sessions précédentes
report-positions-this-session = exprimées à cette session seulement
report-fact-bloc-positions = Positions des groupes
report-bloc-positions-on = les déclarations d'un groupe valent pour ses membres, sauf si un membre s'est lui-même exprimé autrement
report-bloc-positions-off = les seules déclarations de chaque partie prenante
report-fact-verdicts = Verdicts
report-verdicts-rule = rendus à partir de { $min } positions sur un principe ; en deçà : « trop peu de positions »
report-fact-confidential = Déclarations confidentielles
report-confidential-counted = { $n ->
    [one] { $shown } comptée dans les chiffres ({ $flag }) ; son texte n'est pas montré
   *[other] { $shown } comptées dans les chiffres ({ $flag }) ; leur texte n'est pas montré
}
report-confidential-left-out = { $n ->
    [one] { $shown } laissée hors des chiffres (par défaut pour les exports)
   *[other] { $shown } laissées hors des chiffres (par défaut pour les exports)
}
report-fact-generated = Généré le
report-generated-at = { $date } à { $time } UTC
report-dates-range = du { $start } au { $end }
report-summary = Synthèse
report-coverage = Couverture
report-coverage-line = { $share } des paires partie prenante et principe (non pondérées) ont une position consignée.
report-too-few-heading = Trop peu de positions pour un verdict (moins de { $min })
report-n-of-total = { $n } sur { $total }
report-shifts-since = Plus grandes évolutions depuis { $session }
report-no-shift = Aucune position n'a changé.
report-shifts = Plus grandes évolutions
report-col-stakeholder = Partie prenante
report-col-principle = Principe
report-col-from = Avant
report-col-to = Après
report-col-change = Variation
report-principles = Principes
report-legend-support = soutien
report-legend-mixed = mitigé
report-legend-opposition = opposition
report-legend-silent = aucune position consignée
report-by-gap = Les plus éloignés du cadre d'abord.
report-md-shares-note = Le soutien, les positions mitigées et l'opposition sont des parts de ceux qui ont une position ; le silence est une part de tous ceux du périmètre.
report-bar-label = soutien { $support }, mitigé { $mixed }, opposition { $opposition }, silence { $silent }
report-html-figures = { $n } sur { $total } dans le périmètre ont une position · score moyen { $mean } · consensus { $consensus } · écart { $gap }
report-html-shares = Soutien { $support } · mitigé { $mixed } · opposition { $opposition } (parmi ceux qui ont une position) · silence { $silent } (parmi tous ceux du périmètre)
report-md-figures = { $n } sur { $total } dans le périmètre ont une position ; score moyen { $mean }, consensus { $consensus }, écart { $gap }.
report-col-support = Soutien
report-col-mixed = Mitigé
report-col-opposition = Opposition
report-col-silent = Silence
report-since = Depuis { $session } : { $before } → { $now }, { $change }.
report-mean-change = score moyen { $change }
report-mean-not-comparable = score moyen non comparable
report-supporters = Soutiennent
report-opponents = S'opposent
report-carried = position reportée
report-via = via { $bloc }
report-evidence-context = ({ $when } ; { $stance }) :
report-confidence = Confiance : { $level }
report-source =  ; source : { $kind }
report-withheld = { $n ->
    [one] { $shown } déclaration confidentielle comptée ; texte non montré.
   *[other] { $shown } déclarations confidentielles comptées ; texte non montré.
}
report-stakeholders = Parties prenantes
report-sort-note = Cliquez sur l'en-tête d'une colonne (ou appuyez sur Entrée dessus) pour trier. L'alignement va de −100 % (s'oppose fortement à chaque principe sur lequel il s'est exprimé) à +100 %.
report-col-kind = Type
report-col-group = Groupe régional
report-col-alignment = Alignement
report-group-bloc = groupe
report-blocs = Groupes
report-col-bloc = Groupe
report-col-own-alignment = Alignement propre
report-col-members-average = Moyenne des membres
report-col-members-counted = Membres comptés
report-method = Comment les chiffres sont établis
report-method-statements = Chaque déclaration indique, pour chaque principe qu'elle aborde, si son auteur le soutient fortement (+2), le soutient (+1), a une position mitigée (0), s'y oppose (−1) ou s'y oppose fortement (−2). La position d'un acteur sur un principe est sa dernière déclaration à son sujet ; quand les positions sont reportées, les déclarations des sessions précédentes comptent jusqu'à ce qu'elles soient remplacées. Un acteur qui ne s'est pas exprimé sur un principe est silencieux, non neutre : le silence n'est jamais compté comme 0.
report-method-principles = Pour chaque principe, sur les États et les autres parties prenantes (les groupes sont comptés à travers leurs membres) : les parts de ceux qui soutiennent, ont une position mitigée et s'opposent parmi ceux qui ont une position ; la part de ceux qui gardent le silence ; le score moyen (de −1 à +1) ; l'écart au cadre, (1 − moyenne)/2, de 0 (tous soutiennent fortement) à 1 (tous s'opposent fortement) ; et le consensus, 1 − σ/2. Le verdict est la première règle qui s'applique : personne n'a de position (silence) ; au moins un quart soutiennent et un quart s'opposent (contesté) ; moyenne d'au moins 0,5 (large soutien), supérieure à 0 (plutôt soutenu), d'au plus −0,5 (large opposition), inférieure à 0 (plutôt rejeté) ; sinon mitigé.
report-method-actors = L'alignement d'un acteur est la moyenne pondérée de ses scores sur les principes où il a une position, de −100 % à +100 % ; sa couverture est la part pondérée des principes où il a une position. Les déclarations confidentielles comptent dans les chiffres, sauf si le rapport indique qu'elles ont été laissées de côté ; leur texte n'apparaît jamais. Les règles complètes, avec un exemple détaillé, sont dans docs/METHODOLOGY.md de Treaty Tracker.
report-sources = Sources
report-month-january = janvier
report-month-february = février
report-month-march = mars
report-month-april = avril
report-month-may = mai
report-month-june = juin
report-month-july = juillet
report-month-august = août
report-month-september = septembre
report-month-october = octobre
report-month-november = novembre
report-month-december = décembre

## src/app/editors/state.rs (ce que partagent les éditeurs des principes, des sessions et des parties prenantes)

editor-id = Identifiant
editor-rename = Renommer
editor-rename-tip = Appliquer le nouvel identifiant (Entrée)
editor-rename-follows = { $n ->
    [one] { $shown } déclaration renvoie à « { $id } » : le renommage la met à jour aussi
   *[other] { $shown } déclarations renvoient à « { $id } » : le renommage les met à jour aussi
}
editor-enter-renames = Entrée pour renommer
editor-used-by = utilisé par { $statements }
editor-delete = Supprimer…
editor-name = Nom
editor-kind = Type
editor-weight = Poids
editor-notes = Notes

## src/app/editors/principles.rs

principles-add = Ajouter un principe
principles-new-title = Nouveau principe
principles-choose = Choisissez un principe à gauche, ou ajoutez-en un.
principles-heading = Principe { $id }
principles-move-up = Monter
principles-move-down = Descendre
principles-statements = Déclarations sur ce principe
principles-statements-tip = Tout ce qui a été dit sur ce principe, toutes sessions confondues, dans le journal
principles-delete-title = Supprimer le principe { $id } ?
principles-delete-message = { $n ->
    [one] { $statements } donne une position sur { $id }. Cette position sera retirée. Édition > Annuler rétablit tout.
   *[other] { $statements } donnent une position sur { $id }. Leur position sur ce principe sera retirée. Édition > Annuler rétablit tout.
}
principles-delete-message-and-deleted = { $n ->
    [one] { $statements } donne une position sur { $id }. Cette position sera retirée, et les déclarations sans autre position seront supprimées ({ $deleted }). Édition > Annuler rétablit tout.
   *[other] { $statements } donnent une position sur { $id }. Leur position sur ce principe sera retirée, et les déclarations sans autre position seront supprimées ({ $deleted }). Édition > Annuler rétablit tout.
}
principles-delete-button = Supprimer le principe
principles-title = Titre
principles-group = Groupe
principles-use-group-tip = Utiliser ce groupe
principles-weight-tip = Le poids du principe dans l'alignement d'une partie prenante

## src/app/editors/sessions.rs

sessions-add = Ajouter une session
sessions-new-name = Nouvelle session
sessions-choose = Choisissez une session à gauche, ou ajoutez-en une.
sessions-heading = Session { $id }
sessions-statements = Déclarations de cette session
sessions-delete-title = Supprimer la session { $id } ?
sessions-delete-message = { $n ->
    [one] { $statements } a été consignée pendant { $id }. Elle sera supprimée avec la session. Édition > Annuler rétablit tout.
   *[other] { $statements } ont été consignées pendant { $id }. Elles seront supprimées avec la session. Édition > Annuler rétablit tout.
}
sessions-delete-button = Supprimer la session et { $statements }
sessions-city = Ville
sessions-draft = Projet de texte
sessions-start = Début
sessions-end = Fin
sessions-date-hint = AAAA-MM-JJ
sessions-end-hint = AAAA-MM-JJ, ou vide pour un seul jour
sessions-start-missing = une session doit avoir une date de début
sessions-start-problem = début : { $problem }
sessions-end-problem = fin : { $problem }
sessions-end-before-start = la fin ({ $end }) précède le début ({ $start })

## src/app/editors/stakeholders.rs

stakeholders-no-region = Aucun groupe de l'ONU
stakeholders-all-groups = Tous les groupes
stakeholders-add = Ajouter une partie prenante
stakeholders-new-name = Nouvelle partie prenante
stakeholders-add-roster = Ajouter depuis la liste de l'ONU…
stakeholders-add-roster-tip = Les 193 États membres de l'ONU et les 2 États observateurs, avec leurs codes, leurs noms et leurs groupes régionaux : tous, par groupe, ou choisis par recherche
stakeholders-paste-rows = Coller des lignes…
stakeholders-paste-rows-tip = Ajouter des parties prenantes à partir de lignes copiées d'un tableur
stakeholders-choose = Choisissez une partie prenante à gauche, ou ajoutez-en une.
stakeholders-statements = Tout ce qu'elle a dit
stakeholders-statements-tip = Les déclarations de cette partie prenante, toutes sessions confondues, dans le journal
stakeholders-delete-own = { $n ->
    [one] sa déclaration sera supprimée
   *[other] ses { $statements } seront supprimées
}
stakeholders-delete-delivered = { $n ->
    [one] { $statements } qu'elle a prononcée pour d'autres ne la nommera plus
   *[other] { $statements } qu'elle a prononcées pour d'autres ne la nommeront plus
}
stakeholders-delete-blocs = elle quittera { $blocs }
stakeholders-delete-separator =  ;{" "}
stakeholders-delete-title = Supprimer { $name } ?
stakeholders-delete-message = { $name } ({ $id }) est citée ailleurs : { $uses }. Édition > Annuler rétablit tout.
stakeholders-delete-button = Supprimer la partie prenante
stakeholders-region = Groupe régional de l'ONU
stakeholders-paste-members = Coller des membres…
stakeholders-paste-members-tip = Ajouter des membres à partir de noms ou de codes copiés d'un tableur, un par ligne
stakeholders-members = Membres
stakeholders-not-in-project = { $id } (absent du projet)
stakeholders-count-members = { $n ->
    [one] { $shown } membre
   *[other] { $shown } membres
}
stakeholders-remove = Retirer
stakeholders-remove-name = Retirer { $name } du groupe
stakeholders-add-member = Ajouter un membre
stakeholders-add-member-hint = un nom ou un identifiant ; Entrée ajoute la première correspondance
stakeholders-no-match = Aucune partie prenante à ajouter ne correspond.
stakeholders-add-button = Ajouter
stakeholders-add-name = Ajouter { $name } ({ $id }) au groupe
stakeholders-more-matches = … et { $n } de plus : précisez le nom
stakeholders-roster-title = Ajouter depuis la liste de l'ONU
stakeholders-roster-intro = Les 193 États membres de l'ONU et les 2 États observateurs (source : assets/un_roster.SOURCES.md). Les États déjà dans le projet sont cochés et grisés.
stakeholders-find = Chercher :
stakeholders-find-hint = nom français, nom anglais ou code
stakeholders-group-label = Groupe :
stakeholders-group = Groupe
stakeholders-tick-shown = Tout cocher ({ $n })
stakeholders-untick-all = Tout décocher
stakeholders-observer-state = État observateur
stakeholders-count-states = { $n ->
    [one] { $shown } État
   *[other] { $shown } États
}
stakeholders-add-states = Ajouter { $states }
stakeholders-roster-added = Ajout depuis la liste de l'ONU : { $states }. Ctrl+Z l'annule.
stakeholders-paste-title = Coller des parties prenantes
stakeholders-paste-members-title = Coller les membres de { $name }
stakeholders-paste-intro = Collez des lignes copiées d'un tableur : un nom par ligne, ou un identifiant et un nom, éventuellement un type et un groupe de l'ONU ; ou une ligne d'en-tête (id, nom, type, region). Les États de l'ONU prennent leur code et leur groupe dans la liste.
stakeholders-paste-members-intro = Collez des noms ou des codes, un par ligne (seule la première cellule de chaque ligne compte) : des parties prenantes du projet, ou des États de l'ONU (ajoutés depuis la liste).
stakeholders-rows = Lignes :
stakeholders-rows-hint = Ctrl+V ici
stakeholders-paste-new = Nouvelle : { $name } ({ $id }), { $kind }
stakeholders-paste-member = Membre : { $name } ({ $id })
stakeholders-paste-existing = Déjà dans le projet : { $ids }
stakeholders-paste-problem = Ligne { $row } : { $problem }
stakeholders-paste-add = Ajouter { $stakeholders }
stakeholders-paste-add-members = Ajouter { $members }
stakeholders-paste-add-members-new = Ajouter { $members } (dont nouveaux dans le projet : { $new })

## src/app/conflicts.rs

conflicts-title = Conflits de fusion
conflicts-none = (aucune : supprimée ou jamais présente)
conflicts-none-left = Plus aucun conflit : la fusion est terminée.
conflicts-left = { $n ->
    [one] { $n } conflit à résoudre. D'ici là, le projet garde votre valeur, et `check` le signale. Chaque choix peut être annulé (Ctrl+Z).
   *[other] { $n } conflits à résoudre. D'ici là, le projet garde votre valeur pour chacun, et `check` les liste. Chaque choix peut être annulé (Ctrl+Z).
}
conflicts-statement-of = déclaration de { $who } à { $session } ({ $id })
conflicts-whole-record = { $record } : l'enregistrement entier
conflicts-field = { $record } : { $field }
conflicts-mine = Ma valeur ({ $label })
conflicts-theirs = Sa valeur ({ $label })
conflicts-base = Valeur d'origine (base)
conflicts-keep-mine = Garder la mienne
conflicts-keep-theirs = Garder la sienne
conflicts-keep-base = Garder l'origine
conflicts-keep-tip = Résoudre le conflit { $n } avec cette valeur
conflicts-keep-name = Garder : { $side }, conflit { $n }
conflicts-as-is = Résolu : garder le projet tel qu'il est
conflicts-as-is-tip = Après avoir modifié l'enregistrement vous-même (dans le journal ou les éditeurs) : le conflit quitte la liste et l'enregistrement reste tel que vous l'avez fait
conflicts-as-is-name = Résolu tel quel, conflit { $n }
conflicts-cannot-resolve = Impossible de résoudre le conflit { $n } : { $problem }

## src/app/dialogs.rs

dialog-open-title = Ouvrir un projet
dialog-save-as-title = Enregistrer le projet sous
dialog-export-title = Exporter sous
dialog-merge-title = Fusionner le fichier d'un collègue
dialog-import-title = Importer des déclarations d'un tableur
dialog-filter-spreadsheet = Feuille de calcul
dialog-filter-project = Projet Treaty Tracker

## src/app/import.rs

import-mapping-read = Correspondance lue dans { $path }.
import-mapping-unreadable = Le fichier de correspondance { $path } est illisible ({ $problem }) ; les colonnes sont devinées à la place.
import-read-status = { $path } lu : associez ses colonnes dans la fenêtre d'import ; rien ne change avant « Importer ».
import-mapping-cannot-read = Impossible de lire la correspondance { $path } : { $problem }
import-title = Importer des déclarations de { $file }
import-section-columns = 1. Colonnes
import-section-stances = 2. Valeurs de position
import-section-unknowns = 3. Parties prenantes et sessions absentes du projet
import-section-defaults = 4. Valeurs par défaut
import-section-preview = 5. Aperçu
import-sheet-label = Feuille :
import-sheet = Feuille
import-columns-intro = Ce que contient chaque colonne, deviné d'après son en-tête (sans tenir compte de la casse ni des accents). Une colonne nommée d'après l'identifiant ou le titre d'un principe contient les positions sur ce principe (une ligne par déclaration) ; une colonne de principes et une colonne de positions donnent une ligne par déclaration et par principe.
import-stance-on = Position sur { $id } : { $title }
import-column = Colonne
import-header = En-tête
import-first-values = Premières valeurs
import-holds = Contenu
import-no-header = (sans en-tête)
import-ignored-no-header = (ignorée : sans en-tête)
import-column-holds = Contenu de la colonne { $column } ({ $header })
import-no-stance-column = Pas encore de colonne de positions : associez une colonne à un principe, ou choisissez une colonne de positions.
import-stances-intro = Chaque valeur trouvée dans les colonnes de positions, avec le nombre de cellules qui la contiennent.
import-quoted = « { $text } »
import-count-cells = { $n ->
    [one] { $shown } cellule
   *[other] { $shown } cellules
}
import-not-a-stance = (pas une position : à choisir)
import-no-position = Aucune position (écartée)
import-stance-for = Position pour la valeur { $text }
import-all-known = Chaque partie prenante et chaque session de la feuille figure dans le projet.
import-unknown-stakeholders = { $n ->
    [one] { $shown } nom ne correspond à aucune partie prenante (par identifiant, par nom ou d'après les noms de la liste de l'ONU).
   *[other] { $shown } noms ne correspondent à aucune partie prenante (par identifiant, par nom ou d'après les noms de la liste de l'ONU).
}
import-create-all = Tout créer
import-create-all-tip = Les États de l'ONU d'après la liste intégrée (avec leur groupe régional), les autres avec le type Autre
import-count-rows = { $n ->
    [one] { $shown } ligne
   *[other] { $shown } lignes
}
import-not-un-state = pas un État de l'ONU
import-un-state = État de l'ONU { $code } ({ $name })
import-who-choose = (absent du projet : à choisir)
import-create-roster = Créer { $name } ({ $code }, liste de l'ONU)
import-create-as = Créer « { $text } » de type { $kind }
import-skip-rows = Ignorer ses lignes
import-same-as = Identique à { $name } ({ $id })
import-who-is = Qui est { $text }
import-who-value = absent du projet, à choisir
import-unknown-sessions = Sessions qui ne correspondent à aucune de celles du projet (par identifiant, par nom ou par une date comprise dans la session) :
import-choose-session = (choisir une session)
import-session-choice = { $id } : { $name }
import-session-for = Session pour { $text }
import-none-chosen = aucune choisie
import-default-session-label = Session des lignes qui n'en indiquent aucune :
import-default-session = Session des lignes qui n'en indiquent aucune
import-default-session-none = (aucune : un problème)
import-default-confidence-label = Confiance des lignes qui n'en indiquent aucune :
import-default-confidence = Confiance des lignes qui n'en indiquent aucune
import-problems = { $n ->
    [one] { $shown } problème : rien n'est importé tant qu'il n'est pas résolu, sauf si les lignes erronées sont ignorées.
   *[other] { $shown } problèmes : rien n'est importé tant qu'ils ne sont pas résolus, sauf si les lignes erronées sont ignorées.
}
import-place-cell = Ligne { $row }, colonne { $column }
import-place-row = Ligne { $row }
import-problem-line = { $place } : { $problem }
import-more-problems = … et { $n } de plus
import-left-out = Ligne { $row } écartée : { $why }.
import-more-left-out = … et { $n } lignes écartées de plus
import-preview-first = { $n ->
    [one] Première déclaration sur { $shown } :
   *[other] Les { $first } premières déclarations sur { $shown } :
}
import-col-row = Ligne
import-col-stakeholder = Partie prenante
import-col-stances = Positions
import-new-stakeholder = { $name } (nouvelle)
import-mapping-file = Fichier de correspondance :
import-mapping-file-hint = NOM.mapping.ron
import-save-mapping = Enregistrer la correspondance
import-save-mapping-tip = Écrire cette correspondance, pour la réutiliser sur la prochaine feuille de même forme
import-load-mapping = Charger la correspondance
import-button = Importer { $statements }
import-count-bad-rows = { $n ->
    [one] { $shown } ligne erronée
   *[other] { $shown } lignes erronées
}
import-button-skipping = Importer { $statements }, en ignorant { $bad }
import-done = Importé de { $path } : { $summary }. Ctrl+Z annule tout l'import.
import-skip-bad-rows = { $n ->
    [one] Ignorer la ligne erronée
   *[other] Ignorer les { $shown } lignes erronées
}
import-cancel = Annuler

## src/app/a11y.rs

a11y-name-value = { $name } : { $value }

## Ce qu'un export a écrit, dans la ligne d'état (src/app/export.rs, treaty_app)

export-what-report = le rapport
export-what-project = le projet
export-what-statements = le tableau des déclarations
export-what-mapping = la correspondance
export-what-export = l'export
status-exporting = Export vers { $path }…

## src/app/export.rs : la langue du rapport

export-language = Langue du rapport

## src/quick_entry (window words, in src/app/words.rs): the quick entry's problems and grammar

entry-unknown-stakeholder = aucune partie prenante « { $typed } » : tapez l'id d'une partie prenante ou le début de son nom
entry-ambiguous-stakeholder = « { $typed } » correspond à { $count } parties prenantes : { $matches } ; Tab prend la première
entry-principle-twice = { $principle } est donné deux fois ; une seule position par principe
entry-unknown-principle = aucun principe « { $typed } » (principes : { $known })
entry-no-principles-yet = aucun pour l'instant
entry-unknown-session = aucune session « { $typed } » (sessions : { $known })
entry-unknown-flag = marque inconnue !{ $flag } : !high, !medium, !low ou !conf
entry-second-url = une seconde URL : une seule source par déclaration
entry-unknown-source-kind = type de source inconnu « { $typed } » : official, observer, ai, media, notes ou other
entry-empty-article = art: attend un article, par exemple art:6(2)
entry-for-and-by = for:BLOC ou by:ORATEUR, pas les deux
entry-bad-date = « { $typed } » n'est pas une date : d:AAAA-MM-JJ, par exemple d:2024-08-05
entry-unclosed-quote = la citation n'est pas fermée : terminez-la par "
entry-second-quote = une seconde citation : une seule citation par déclaration
entry-no-stance = pas encore de position : ajoutez l'id d'un principe avec une position après la partie prenante (++ + ~ - --)
entry-no-summary = pas encore de résumé : dites en quelques mots ce qui a été dit
entry-type-stakeholder-first = tapez d'abord une partie prenante
entry-needs-stance-and-summary = une déclaration demande une position et un résumé
entry-no-session-to-log-into = aucune session où consigner : ajoutez-en une dans Sessions
entry-date-not-session-day = { $date } n'est pas le jour de { $session } ({ $day })
entry-date-outside-session = { $date } n'est pas dans les dates de { $session } (du { $start } au { $end }) : donnez aussi @SESSION
entry-example-who = QUI
entry-example-line = { $who } { $first }++{ $second } ce qui a été dit, en quelques mots
entry-grammar-hint = { $who }  { $first }++{ $second }  résumé…   compléments : @SESSION  d:2024-08-05  "citation"  !high/!medium/!low  !conf  #mot-clé  art:6(2)  https://…  src:official|observer|ai|media|notes  for:BLOC  by:ORATEUR

## src/app/document.rs (window words): what an undo or a redo takes back or brings back

edit-title = le titre du projet
edit-treaty = une modification du traité
edit-framework = une modification du cadre
edit-method = une modification de la méthode
edit-conflict = la résolution d'un conflit de fusion
edit-merge = une fusion
edit-new-statement = la déclaration de { $stakeholder } à la session { $session }
edit-statement = une modification d'une déclaration de { $stakeholder }
edit-a-statement = une déclaration
edit-a-principle = un principe
edit-a-session = une session
edit-a-stakeholder = une partie prenante
edit-adding = l'ajout d'{ $thing }
edit-editing = une modification d'{ $thing }
edit-deleting = la suppression d'{ $thing }
edit-moving = le déplacement d'{ $thing }
edit-nothing = rien
edit-and = { $before } et { $next }
edit-batch-adding = l'ajout de { $records }
edit-batch-editing = la modification de { $records }
edit-batch-deleting = la suppression de { $records }
edit-batch-moving = le déplacement de { $records }

## src/text.rs, src/model/date.rs (window words, in src/app/words.rs): a clipped text, a date box

text-not-a-date = « { $text } » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2024-08-08
text-clip-note = Seul le début est affiché : ce texte fait { $bytes } octets. Modifiez le fichier, ou exportez le tableau des déclarations, pour le lire en entier.

## src/model : les problèmes (mots de la fenêtre, src/app/problem_words.rs)

problem-noun-principle = principe
problem-noun-session = session
problem-noun-stakeholder = partie prenante
problem-noun-statement = déclaration
problem-entity-project = projet
problem-entity-conflict = conflit nº { $n }
problem-entity = { $kind } { $id }
problem-entity-number = { $kind } nº { $n }
problem-line = { $entity } : { $problem }
problem-format-version-zero = format_version 0 n'existe pas ; la première version est 1
problem-empty-id = identifiant de { $kind } vide
problem-id-padded = l'identifiant de { $kind } « { $id } » commence ou finit par des espaces
problem-id-space = l'identifiant de { $kind } « { $id } » contient une espace : un identifiant n'en a pas
problem-id-forbidden = l'identifiant de { $kind } « { $id } » contient « { $char } », que la saisie rapide lit comme une position
problem-id-invisible = l'identifiant de { $kind } « { $id } » contient le caractère invisible { $code } ; un identifiant est fait de lettres, de chiffres et de ponctuation
problem-duplicate-id = identifiant de { $kind } « { $id } » en double (déjà utilisé : { $kind } nº { $first })
problem-duplicate-id-case = l'identifiant de { $kind } « { $id } » ne diffère de « { $first_id } » ({ $kind } nº { $first }) que par la casse : les identifiants se lisent sans égard à la casse
problem-weight-not-finite = le poids { $weight } n'est pas un nombre fini
problem-weight-negative = le poids { $weight } est négatif
problem-end-before-start = la date de fin { $end } précède la date de début { $start }
problem-members-of-non-bloc = seuls les groupes d'États ont des membres, mais cette partie prenante est du type « { $kind } »
problem-unknown-member = le membre « { $member } » n'est pas une partie prenante de ce projet
problem-own-member = un groupe d'États ne peut pas être son propre membre
problem-member-twice = le membre « { $member } » figure deux fois
problem-not-ulid = l'identifiant « { $id } » n'est pas un ULID (26 caractères en base32 de Crockford)
problem-unknown-stakeholder = partie prenante inconnue « { $id } »
problem-unknown-session = session inconnue « { $id } »
problem-unknown-speaker = delivered_by nomme une partie prenante inconnue « { $id } »
problem-no-stance = aucune position : une déclaration porte sur au moins un principe
problem-unknown-principle = position sur un principe inconnu « { $id } »
problem-unresolved-conflict = conflit de fusion non résolu sur { $record }, { $field } : choisissez une valeur dans la fenêtre des conflits (ou modifiez l'enregistrement et supprimez le conflit)
problem-id-empty = l'identifiant ne peut pas être vide
problem-id-spaces = un identifiant n'a pas d'espace
problem-id-forbidden-char = un identifiant de principe ne peut pas contenir « { $char } » : la saisie rapide lit + - ~ comme des positions
problem-id-taken = « { $id } » est déjà utilisé : les identifiants sont uniques
problem-id-invisible-char = un identifiant ne peut pas contenir le caractère invisible { $code }

## src/import : problèmes, notes, colonnes et bilan de l'import (mots de la fenêtre, src/app/problem_words.rs)

import-issue-sheet-empty = la feuille est vide
import-issue-no-stakeholder-column = aucune colonne ne donne la partie prenante : nommez-en une « partie prenante » (ou « pays », « acteur »), ou choisissez-la
import-issue-long-layout-half = la disposition longue demande à la fois une colonne Principe et une colonne Position
import-issue-no-stance-column = aucune colonne ne donne de positions : nommez des colonnes par l'identifiant ou le titre d'un principe (une ligne par déclaration), ou donnez une colonne « principe » et une colonne « position » (une ligne par déclaration et par principe)
import-issue-column-principle-unknown = la colonne { $column } est associée au principe « { $id } », que le projet n'a pas
import-issue-no-stakeholder = aucune partie prenante
import-issue-un-state = « { $name } » n'est pas dans le projet : c'est un État de l'ONU ({ $code }) ; ajoutez-le depuis la liste de l'ONU, associez-le ou créez-le
import-issue-unknown-stakeholder = « { $name } » n'est pas une partie prenante du projet : associez-le à l'une d'elles, ou créez-le
import-issue-not-a-date = { $text } n'est pas une date
import-issue-ambiguous-date = « { $text } » est ambigu (jour/mois ou mois/jour ?) : écrivez la date sous la forme AAAA-MM-JJ
import-issue-bad-date = « { $text } » n'est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2023-01-09
import-issue-not-an-instant = { $text } n'est pas une date et une heure
import-issue-bad-instant = « { $text } » n'est pas une date et une heure : écrivez-la sous la forme 2023-01-09T10:30:00Z
import-issue-session-not-in-project = la session « { $id } » n'est pas dans le projet
import-issue-no-session = aucune session : donnez une colonne de session, une date comprise dans une session, ou une session par défaut
import-issue-unknown-session = « { $text } » n'est pas une session du projet (par identifiant, nom ou date comprise dans la session) : choisissez-la, ou ajoutez d'abord la session
import-issue-not-a-stance = « { $text } » n'est pas une position : associez cette valeur à une position (ou à « sans position »)
import-issue-no-principle = aucun principe pour la position
import-issue-unknown-principle = « { $text } » n'est pas un principe du projet (par identifiant ou titre)
import-issue-two-stances = le principe { $principle } a deux positions dans cette ligne
import-issue-bad-confidence = « { $text } » n'est pas un degré de confiance : High, Medium ou Low
import-issue-bad-source-kind = « { $text } » n'est pas un type de source : Official, Observer, AI summary, Media, Own notes ou Other
import-issue-bad-flag = « { $text } » n'est ni oui ni non
import-issue-unknown-delivered-by = « { $text } » (prononcée par) n'est pas une partie prenante du projet
import-issue-not-a-statement-id = « { $text } » n'est pas un identifiant de déclaration (un ULID de 26 caractères)
import-issue-statement-in-project = la déclaration { $id } est déjà dans le projet (déjà importée ?)
import-issue-id-for-several = un même identifiant de déclaration pour plusieurs parties prenantes : laissez l'identifiant vide
import-issue-id-in-two-rows = l'identifiant de déclaration { $id } figure dans deux lignes
import-issue-another-stance = le principe { $principle } a une autre position pour cette déclaration à la ligne { $row }
import-left-out-skipped = sa partie prenante est ignorée par l'association des colonnes
import-left-out-no-stance = aucune position
import-note-windows-1252 = Le fichier n'est pas en UTF-8 : il a été lu en Windows-1252 (ce qu'Excel sous Windows écrit en « CSV »). Vérifiez les accents dans l'aperçu.
import-field-ignore = (ignorer)
import-field-id = Identifiant de la déclaration
import-field-stakeholder = Partie prenante
import-field-stakeholder-name = Nom de la partie prenante
import-field-delivered-by = Prononcée par
import-field-session = Session
import-field-date = Date
import-field-principle = Principe (disposition longue)
import-field-stance = Position (disposition longue)
import-field-stance-on = Position sur { $id }
import-field-summary = Résumé
import-field-quote = Citation
import-field-articles = Articles
import-field-source-kind = Type de source
import-field-url = URL de la source
import-field-source-title = Titre de la source
import-field-confidence = Confiance
import-field-confidential = Confidentielle
import-field-tags = Étiquettes
import-field-recorded-at = Consignée le
import-field-recorded-by = Consignée par
import-summary = { $statements ->
    [one] { $statements } déclaration issue
   *[other] { $statements } déclarations issues
} de { $used ->
    [one] { $used } ligne
   *[other] { $used } lignes
} sur { $read }
import-summary-new-stakeholders = { $summary }, { $n ->
    [one] { $n } nouvelle partie prenante
   *[other] { $n } nouvelles parties prenantes
}
import-summary-left-out = { $summary } ; { $n ->
    [one] { $n } ligne sans position écartée
   *[other] { $n } lignes sans position écartées
}
import-summary-problems = { $summary } ; { $n ->
    [one] { $n } problème
   *[other] { $n } problèmes
} dans { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
}
import-paste-no-name = pas de nom dans cette ligne
import-paste-not-kind-nor-group = « { $text } » n'est ni un type de partie prenante ni un groupe de l'ONU
import-paste-id-taken = l'identifiant { $id } est déjà pris
import-paste-unknown = « { $name } » n'est ni une partie prenante du projet ni un État de l'ONU
