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
