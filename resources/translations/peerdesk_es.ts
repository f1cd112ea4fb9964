<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Getting started</source>
        <translation>Para empezar</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Reuniones de hoy</translation>
    </message>
    <message>
        <source>Coming up this week</source>
        <translation>Próximamente esta semana</translation>
    </message>
    <message>
        <source>Notes to finish</source>
        <translation>Notas por terminar</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Goals to look at together</source>
        <translation>Metas para revisar juntos</translation>
    </message>
    <message>
        <source>Agreements and boundaries</source>
        <translation>Acuerdos y límites</translation>
    </message>
    <message>
        <source>Directory entries to re-check</source>
        <translation>Entradas del directorio por volver a comprobar</translation>
    </message>
    <message>
        <source>Space hides this section&apos;s list</source>
        <translation>Espacio oculta la lista de esta sección</translation>
    </message>
    <message>
        <source>Space shows this section&apos;s list</source>
        <translation>Espacio muestra la lista de esta sección</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exportar calendario…</translation>
    </message>
    <message>
        <source>An .ics file of your planned meetings, with initials only unless you choose full names</source>
        <translation>Un archivo .ics con tus reuniones planificadas, solo con iniciales salvo que elijas nombres completos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done, or set aside: it leaves Today</source>
        <translation>Hecho, o dejado a un lado: sale de Hoy</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Posponer hasta mañana</translation>
    </message>
    <message>
        <source>Snooze until next week</source>
        <translation>Posponer hasta la semana que viene</translation>
    </message>
    <message>
        <source>Enter opens the chosen item; the Menu key or Shift+F10 lists what you can do</source>
        <translation>Intro abre el elemento elegido; la tecla Menú o Mayús+F10 muestra lo que puedes hacer</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>was due {due}</source>
        <translation>vencía el {due}</translation>
    </message>
    <message>
        <source>Tick when done; Enter opens the session note it came from</source>
        <translation>Márcalo cuando esté hecho; Intro abre la nota de sesión de la que viene</translation>
    </message>
    <message>
        <source>Overdue. </source>
        <translation>Con retraso. </translation>
    </message>
    <message>
        <source>  No meetings today.</source>
        <translation>  Hoy no hay reuniones.</translation>
    </message>
    <message numerus="yes">
        <source>  %n meeting(s) today.</source>
        <translation>
            <numerusform>  %n reunión hoy.</numerusform>
            <numerusform>  %n reuniones hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the note</source>
        <translation>Abrir la nota</translation>
    </message>
    <message>
        <source>Open the note for this meeting (a new one, prefilled)</source>
        <translation>Abrir la nota de esta reunión (una nueva, ya rellenada)</translation>
    </message>
    <message>
        <source>On the Goals page: add progress, tick the step or change the date</source>
        <translation>En la página Metas: añade un avance, marca el paso o cambia la fecha</translation>
    </message>
    <message>
        <source>On the Agreements page</source>
        <translation>En la página Acuerdos</translation>
    </message>
    <message>
        <source>Open their page</source>
        <translation>Abrir su página</translation>
    </message>
    <message>
        <source>Open the directory entry to check it</source>
        <translation>Abrir la entrada del directorio para comprobarla</translation>
    </message>
    <message>
        <source>Open the Add mentee form</source>
        <translation>Abrir el formulario Añadir persona</translation>
    </message>
    <message>
        <source>Start a session note (Ctrl+N)</source>
        <translation>Empezar una nota de sesión (Ctrl+N)</translation>
    </message>
    <message>
        <source>Read the replies on the Supervision page</source>
        <translation>Leer las respuestas en la página Supervisión</translation>
    </message>
    <message>
        <source>Actions for {item}</source>
        <translation>Acciones para {item}</translation>
    </message>
    <message>
        <source>Full names, place and purpose (only if this calendar stays private)</source>
        <translation>Nombres completos, lugar y propósito (solo si este calendario queda en privado)</translation>
    </message>
    <message>
        <source>Export planned meetings</source>
        <translation>Exportar las reuniones planificadas</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>No se exportó el calendario</translation>
    </message>
    <message>
        <source>full names</source>
        <translation>nombres completos</translation>
    </message>
    <message>
        <source>initials only</source>
        <translation>solo iniciales</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendario exportado</translation>
    </message>
    <message>
        <source>{count} planned meetings, with {names}, are in the file.</source>
        <translation>{count} reuniones planificadas, con {names}, están en el archivo.</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>Práctico</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Emocional</translation>
    </message>
    <message>
        <source>Practical and emotional</source>
        <translation>Práctico y emocional</translation>
    </message>
    <message>
        <source>Family peer support</source>
        <translation>Apoyo entre pares a familias</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>&lt;b&gt;What matters to me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo que me importa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strengths&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fortalezas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Important people&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personas importantes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps on their goals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Próximos pasos en sus metas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose someone in the list to see what matters to them and their strengths, in their own words.</source>
        <translation>Elige a alguien de la lista para ver lo que le importa y sus fortalezas, con sus propias palabras.</translation>
    </message>
    <message>
        <source>{style} support</source>
        <translation>Apoyo {style}</translation>
    </message>
    <message>
        <source>since {month}</source>
        <translation>desde {month}</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The people you support. Archived mentees are kept, just out of the everyday list.</source>
        <translation>Las personas a las que acompañas. Las archivadas se conservan, solo que fuera de la lista de cada día.</translation>
    </message>
    <message>
        <source>Search by name or nickname</source>
        <translation>Buscar por nombre o apodo</translation>
    </message>
    <message>
        <source>Search mentees</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivadas</translation>
    </message>
    <message>
        <source>Add mentee…</source>
        <translation>Añadir persona…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Planificar una reunión…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Erase everything about this person (their right to be forgotten)</source>
        <translation>Borrar todo lo que hay sobre esta persona (su derecho al olvido)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>nunca comprobado</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Not checked for a while: call or look them up before you refer someone.</source>
        <translation>Hace tiempo que no se comprueba: llama o búscalo antes de referir a alguien.</translation>
    </message>
    <message>
        <source>Choose a service to see how to reach them, when they are open, and when the details were last checked.</source>
        <translation>Elige un servicio para ver cómo contactarlo, cuándo está abierto y cuándo se comprobaron sus datos por última vez.</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Mark as verified today</source>
        <translation>Marcar como comprobado hoy</translation>
    </message>
    <message>
        <source>Refer a mentee…</source>
        <translation>Referir a una persona…</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source> (open now)</source>
        <translation> (abierto ahora)</translation>
    </message>
    <message>
        <source> (closed now)</source>
        <translation> (cerrado ahora)</translation>
    </message>
    <message>
        <source>Not checked yet. Call or look them up before you refer someone.</source>
        <translation>Todavía sin comprobar. Llama o búscalo antes de referir a alguien.</translation>
    </message>
    <message>
        <source>Checked on {day}</source>
        <translation>Comprobado el {day}</translation>
    </message>
    <message>
        <source>: a while ago, worth checking again.</source>
        <translation>: hace tiempo, conviene volver a comprobarlo.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Import a directory (Open Referral HSDS)</source>
        <translation>Importar un directorio (Open Referral HSDS)</translation>
    </message>
    <message>
        <source>HSDS files (*.json *.zip);;All files (*)</source>
        <translation>Archivos HSDS (*.json *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Services and help lines you refer people to, with when they are open and when you last checked them.</source>
        <translation>Los servicios y líneas de ayuda a los que refieres a las personas, con su horario y cuándo los comprobaste por última vez.</translation>
    </message>
    <message>
        <source>Search by name, what they offer, or a number</source>
        <translation>Buscar por nombre, por lo que ofrecen o por un número</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Cualquier necesidad</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>Añadir servicio…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Show more services</source>
        <translation>Mostrar más servicios</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, another need, or untick “Open now”.</source>
        <translation>Nada coincide. Prueba con menos palabras, otra necesidad o desmarca «Abierto ahora».</translation>
    </message>
    <message>
        <source>The directory is empty. Add the services you refer people to with “Add service…”, or import a directory your programme shares (Open Referral).</source>
        <translation>El directorio está vacío. Añade los servicios a los que refieres a las personas con «Añadir servicio…», o importa un directorio que comparta tu programa (Open Referral).</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n service(s)…</source>
        <translation>
            <numerusform>Importando %n servicio…</numerusform>
            <numerusform>Importando %n servicios…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems were left out.</source>
        <translation>
            <numerusform>%n con problemas quedó fuera.</numerusform>
            <numerusform>%n con problemas quedaron fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n service(s).</source>
        <translation>
            <numerusform>Se importó %n servicio.</numerusform>
            <numerusform>Se importaron %n servicios.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work, and nothing was changed.</source>
        <translation>Eso no funcionó y no se cambió nada.</translation>
    </message>
    <message>
        <source>Export the directory (HSDS 3.0)</source>
        <translation>Exportar el directorio (HSDS 3.0)</translation>
    </message>
    <message>
        <source>HSDS JSON (*.json);;CSV package folder (*)</source>
        <translation>HSDS JSON (*.json);;Carpeta de paquete CSV (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n service(s) to {name}. No mentee data is in it.</source>
        <translation>
            <numerusform>Se exportó %n servicio a {name}. No contiene datos de ninguna persona acompañada.</numerusform>
            <numerusform>Se exportaron %n servicios a {name}. No contiene datos de ninguna persona acompañada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Referir…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Todavía no hay referidos.</translation>
    </message>
    <message>
        <source>How it went (outcome)</source>
        <translation>Cómo fue (resultado)</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Hacer seguimiento el</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>History: </source>
        <translation>Historial: </translation>
    </message>
    <message>
        <source>Nobody matches that search.</source>
        <translation>Nadie coincide con esa búsqueda.</translation>
    </message>
    <message>
        <source>No mentees yet. When you start supporting someone, add them here with “Add mentee…”: the name they like to be called is enough to begin.</source>
        <translation>Todavía no hay nadie. Cuando empieces a acompañar a alguien, añádelo aquí con «Añadir persona…»: basta con el nombre con el que le gusta que le llamen.</translation>
    </message>
    <message>
        <source> (by {due_on})</source>
        <translation> (para el {due_on})</translation>
    </message>
    <message>
        <source>Nothing was erased</source>
        <translation>No se borró nada</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n note(s) and everything else about this person.</source>
        <translation>
            <numerusform>Borrado: %n nota y todo lo demás sobre esta persona.</numerusform>
            <numerusform>Borrado: %n notas y todo lo demás sobre esta persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>very low</source>
        <translation>muy baja</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>full</source>
        <translation>llena</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>alegre</translation>
    </message>
    <message>
        <source>light</source>
        <translation>ligera</translation>
    </message>
    <message>
        <source>some</source>
        <translation>algo</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>pesada</translation>
    </message>
    <message>
        <source>too much</source>
        <translation>demasiada</translation>
    </message>
    <message>
        <source>A walk, a call with a friend, music…</source>
        <translation>Un paseo, una llamada con alguien querido, música…</translation>
    </message>
    <message>
        <source>An early night, a word with my supervisor…</source>
        <translation>Acostarme temprano, hablar con mi supervisora o supervisor…</translation>
    </message>
    <message>
        <source>Anything else, just for you</source>
        <translation>Cualquier otra cosa, solo para ti</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>How much strain am I carrying?</source>
        <translation>¿Cuánta carga llevo encima?</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que me ayudó</translation>
    </message>
    <message>
        <source>What would help me now</source>
        <translation>Lo que me ayudaría ahora</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A moment for you</source>
        <translation>Un momento para ti</translation>
    </message>
    <message>
        <source>That sounded like a lot to hold. How are you doing? This stays private; you can skip it.</source>
        <translation>Eso sonó a mucho que sostener. ¿Cómo estás tú? Esto queda en privado; puedes saltártelo.</translation>
    </message>
    <message>
        <source>Save for me</source>
        <translation>Guardar para mí</translation>
    </message>
    <message>
        <source>{title}: {latest}{unit} this week, {highest}{unit} at most in the last {weeks} weeks.</source>
        <translation>{title}: {latest}{unit} esta semana, {highest}{unit} como máximo en las últimas {weeks} semanas.</translation>
    </message>
    <message>
        <source>{title}: nothing yet.</source>
        <translation>{title}: todavía nada.</translation>
    </message>
    <message>
        <source>{v0:g}{unit} this week</source>
        <translation>{v0:g}{unit} esta semana</translation>
    </message>
    <message>
        <source>12 weeks ago</source>
        <translation>hace 12 semanas</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>A private place for you. Nothing here leaves peerdesk unless you tick it for one supervision export, and then only as averages.</source>
        <translation>Un espacio privado para ti. Nada de aquí sale de peerdesk salvo que lo marques para una exportación de supervisión, y entonces solo como promedios.</translation>
    </message>
    <message>
        <source>Save my check-in</source>
        <translation>Guardar mi chequeo</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Chequeos recientes</translation>
    </message>
    <message>
        <source>My check-in</source>
        <translation>Mi chequeo</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Out-of-hours contacts</source>
        <translation>Contactos fuera de horario</translation>
    </message>
    <message>
        <source>Crisis sessions</source>
        <translation>Sesiones de crisis</translation>
    </message>
    <message>
        <source>People I saw</source>
        <translation>Personas que vi</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mi carga de trabajo</translation>
    </message>
    <message>
        <source>Things to take to your next supervision: notes you flagged, and anything you add here. Tick one when you have talked it through, with a word on what you agreed.</source>
        <translation>Cosas para llevar a tu próxima supervisión: notas que marcaste y lo que añadas aquí. Marca cada una cuando la hayas hablado, con unas palabras sobre lo que acordaron.</translation>
    </message>
    <message>
        <source>Something I would like to talk through…</source>
        <translation>Algo que me gustaría hablar…</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>What we agreed (private)</source>
        <translation>Lo que acordamos (privado)</translation>
    </message>
    <message>
        <source>Mark as talked through</source>
        <translation>Marcar como hablado</translation>
    </message>
    <message>
        <source>Supervision topics</source>
        <translation>Temas de supervisión</translation>
    </message>
    <message>
        <source>Support for me</source>
        <translation>Apoyo para mí</translation>
    </message>
    <message>
        <source>{day}: energy {energy}, mood {mood}, strain {strain}</source>
        <translation>{day}: energía {energy}, ánimo {mood}, carga {strain}</translation>
    </message>
    <message>
        <source>. Helped: {helped}</source>
        <translation>. Me ayudó: {helped}</translation>
    </message>
    <message>
        <source>Your load over the last 12 weeks, from your session notes. Out of hours means outside the usual hours you set in Settings, under “Your profile and usual hours”.</source>
        <translation>Tu carga de las últimas 12 semanas, según tus notas de sesión. Fuera de horario quiere decir fuera del horario habitual que pusiste en Ajustes, en «Tu perfil y tu horario habitual».</translation>
    </message>
    <message>
        <source>Session note, {v0} with {names}: {kind}</source>
        <translation>Nota de sesión, {v0} con {names}: {kind}</translation>
    </message>
    <message>
        <source>A session note</source>
        <translation>Una nota de sesión</translation>
    </message>
    <message>
        <source>{topic} (talked through {day})</source>
        <translation>{topic} (hablado el {day})</translation>
    </message>
    <message>
        <source>Your supervisor, {supervisor}</source>
        <translation>Tu supervisora o supervisor, {supervisor}</translation>
    </message>
    <message>
        <source>Saved. Thank you for taking a moment for yourself.</source>
        <translation>Guardado. Gracias por tomarte un momento para ti.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>What each person wants, in their own words: small steps, and the progress you notice together.</source>
        <translation>Lo que quiere cada persona, con sus propias palabras: pasos pequeños y los avances que notan juntos.</translation>
    </message>
    <message>
        <source>Whose goals</source>
        <translation>Metas de</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Nueva meta…</translation>
    </message>
    <message>
        <source>My plan on a page (PDF)…</source>
        <translation>Mi plan en una página (PDF)…</translation>
    </message>
    <message>
        <source>A one-page plan for them to keep: their goals in their own words and next steps</source>
        <translation>Un plan de una página para que lo guarde: sus metas con sus palabras y los próximos pasos</translation>
    </message>
    <message>
        <source>Goals by life domain</source>
        <translation>Metas por área de vida</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Progress, 0 to 10</source>
        <translation>Avance, de 0 a 10</translation>
    </message>
    <message>
        <source>Move the slider to how it is going, 0 to 10</source>
        <translation>Mueve el control hasta cómo va, de 0 a 10</translation>
    </message>
    <message>
        <source>A sentence about how it is going, in their words</source>
        <translation>Una frase sobre cómo va, con sus palabras</translation>
    </message>
    <message>
        <source>How it is going, in their words</source>
        <translation>Cómo va, en sus propias palabras</translation>
    </message>
    <message>
        <source>Add progress</source>
        <translation>Añadir avance</translation>
    </message>
    <message>
        <source>Progress entries</source>
        <translation>Avances anotados</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the session note</source>
        <translation>Intro o un doble clic abre la nota de sesión</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar la entrada</translation>
    </message>
    <message>
        <source>Remove a progress entry added here by mistake. Entries from a session note are changed in that note.</source>
        <translation>Quita una entrada de avance añadida aquí por error. Las entradas que vienen de una nota de sesión se cambian en esa nota.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>A small, concrete next step</source>
        <translation>Un próximo paso pequeño y concreto</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <source>New step by</source>
        <translation>Fecha del nuevo paso</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>by</source>
        <translation>para el</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Next step of each active goal</source>
        <translation>Próximo paso de cada meta activa</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source> Scores: </source>
        <translation> Puntuaciones: </translation>
    </message>
    <message>
        <source>Anything they want to add (optional)</source>
        <translation>Algo que quiera añadir (opcional)</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar chequeo</translation>
    </message>
    <message>
        <source>Earlier check-ins</source>
        <translation>Chequeos anteriores</translation>
    </message>
    <message>
        <source>Ten strengths-based statements written for peerdesk (not a clinical measure); see resources/recovery-checkin/README.md.</source>
        <translation>Diez afirmaciones basadas en fortalezas escritas para peerdesk (no es una medida clínica); consulta resources/recovery-checkin/README.md.</translation>
    </message>
    <message>
        <source>Recovery check-in</source>
        <translation>Chequeo de recuperación</translation>
    </message>
    <message>
        <source>Add a mentee first; their goals will live here.</source>
        <translation>Primero añade a una persona; aquí vivirán sus metas.</translation>
    </message>
    <message>
        <source>No goals yet. Ask what they would like to work on, and write it down in their own words with New goal.</source>
        <translation>Todavía no hay metas. Pregúntale en qué le gustaría trabajar y escríbelo con sus propias palabras con Nueva meta.</translation>
    </message>
    <message>
        <source>hoping for {v0}</source>
        <translation>con la esperanza de lograrlo el {v0}</translation>
    </message>
    <message>
        <source> (that date has passed: still the right one?)</source>
        <translation> (esa fecha ya pasó: ¿sigue siendo la adecuada?)</translation>
    </message>
    <message>
        <source>review together {v0}</source>
        <translation>revisar juntos el {v0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it matters:&lt;/b&gt; {v0}</source>
        <translation>&lt;b&gt;Por qué importa:&lt;/b&gt; {v0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strengths they bring:&lt;/b&gt; {v0}</source>
        <translation>&lt;b&gt;Fortalezas que aporta:&lt;/b&gt; {v0}</translation>
    </message>
    <message>
        <source>  · from a session note</source>
        <translation>  · de una nota de sesión</translation>
    </message>
    <message>
        <source>Session note of {v0}: Enter opens it</source>
        <translation>Nota de sesión del {v0}: Intro la abre</translation>
    </message>
    <message>
        <source>  (done {v0})</source>
        <translation>  (hecho el {v0})</translation>
    </message>
    <message>
        <source>  (by {v0})</source>
        <translation>  (para el {v0})</translation>
    </message>
    <message>
        <source>Due now: done, or still to do?</source>
        <translation>Toca ahora: ¿hecho, o todavía pendiente?</translation>
    </message>
    <message>
        <source> (by {v0})</source>
        <translation> (para el {v0})</translation>
    </message>
    <message>
        <source>{v0}: {text}{when}  ·  for “{statement}”</source>
        <translation>{v0}: {text}{when}  ·  para «{statement}»</translation>
    </message>
    <message>
        <source>{day} · total {total} of 60</source>
        <translation>{day} · total {total} de 60</translation>
    </message>
    <message>
        <source>Target date has passed</source>
        <translation>La fecha prevista ya pasó</translation>
    </message>
    <message>
        <source>That target date is already behind us. Keep it anyway (for a goal set earlier), or go back and choose a date ahead?</source>
        <translation>Esa fecha prevista ya quedó atrás. ¿La mantienes igualmente (para una meta fijada antes) o vuelves a elegir una fecha futura?</translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation>No se guardó la meta</translation>
    </message>
    <message>
        <source>Keep this goal&apos;s history?</source>
        <translation>¿Conservar la historia de esta meta?</translation>
    </message>
    <message>
        <source>Session notes mention this goal ({linked}), so it stays with its history. Mark it &apos;let go&apos; instead? It moves to the end of the list and off Today.</source>
        <translation>Hay notas de sesión que mencionan esta meta ({linked}), así que se queda con su historia. ¿La marcas como «dejada ir»? Pasa al final de la lista y sale de Hoy.</translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>¿Eliminar esta meta?</translation>
    </message>
    <message>
        <source>Delete this goal with its steps and progress? This cannot be undone. (To keep it for the record, mark it &apos;let go&apos; instead.)</source>
        <translation>¿Eliminar esta meta con sus pasos y avances? No se puede deshacer. (Para conservarla en el registro, márcala como «dejada ir».)</translation>
    </message>
    <message>
        <source>Move the slider to how it is going (0 to 10) first.</source>
        <translation>Primero mueve el control hasta cómo va (de 0 a 10).</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>¿Quitar esta entrada?</translation>
    </message>
    <message>
        <source>Remove the progress entry “{v0}”? The chart leaves it out.</source>
        <translation>¿Quitar la entrada de avance «{v0}»? El gráfico ya no la mostrará.</translation>
    </message>
    <message>
        <source>Saved. Thank them for sharing it.</source>
        <translation>Guardado. Dale las gracias por compartirlo.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Guardar el plan como PDF</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>No se guardó el plan</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan guardado</translation>
    </message>
    <message>
        <source>Saved. Read it through together before handing it over.</source>
        <translation>Guardado. Léanlo juntos antes de entregárselo.</translation>
    </message>
    <message>
        <source>Version {version} ({status}, from {day})</source>
        <translation>Versión {version} ({status}, desde el {day})</translation>
    </message>
    <message>
        <source>Version {version} ({status})</source>
        <translation>Versión {version} ({status})</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>What you and each mentee agreed about contact, places and limits, how it has changed, and the moments that touched a boundary. A clear agreement protects you both.</source>
        <translation>Lo que tú y cada persona acordaron sobre el contacto, los lugares y los límites, cómo ha cambiado y los momentos que tocaron un límite. Un acuerdo claro los protege a ambos.</translation>
    </message>
    <message>
        <source>Whose agreement</source>
        <translation>Acuerdo de</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nueva versión…</translation>
    </message>
    <message>
        <source>To sign (PDF)…</source>
        <translation>Para firmar (PDF)…</translation>
    </message>
    <message>
        <source>Their copy (PDF)…</source>
        <translation>Su copia (PDF)…</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Versions of the agreement</source>
        <translation>Versiones del acuerdo</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>El acuerdo</translation>
    </message>
    <message>
        <source>Save dates</source>
        <translation>Guardar fechas</translation>
    </message>
    <message>
        <source>They agreed on</source>
        <translation>Lo aceptó el</translation>
    </message>
    <message>
        <source>I agreed on</source>
        <translation>Lo acepté el</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>Editar borrador…</translation>
    </message>
    <message>
        <source>We both agree: make it current</source>
        <translation>Estamos de acuerdo: hacerlo vigente</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>What changed between versions</source>
        <translation>Qué cambió entre versiones</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Boundary events, newest first</source>
        <translation>Momentos de límites, los más recientes primero</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Questions to reflect on</source>
        <translation>Preguntas para reflexionar</translation>
    </message>
    <message>
        <source>Boundary events</source>
        <translation>Momentos de límites</translation>
    </message>
    <message>
        <source>In their words: what they notice when things get hard</source>
        <translation>Con sus palabras: lo que nota cuando las cosas se ponen difíciles</translation>
    </message>
    <message>
        <source>In their words: what helps</source>
        <translation>Con sus palabras: lo que le ayuda</translation>
    </message>
    <message>
        <source>One per line: name, relation, phone</source>
        <translation>Una por línea: nombre, relación, teléfono</translation>
    </message>
    <message>
        <source>One per line, e.g. GP surgery 01632 960000</source>
        <translation>Uno por línea, p. ej. Centro de salud 01632 960000</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Buscar en el directorio</translation>
    </message>
    <message>
        <source>Services and crisis lines from the directory</source>
        <translation>Servicios y líneas de crisis del directorio</translation>
    </message>
    <message>
        <source>Signs that things are getting hard</source>
        <translation>Señales de que las cosas se están poniendo difíciles</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>People to call</source>
        <translation>Personas a las que llamar</translation>
    </message>
    <message>
        <source>Services and crisis lines (tick to add)</source>
        <translation>Servicios y líneas de crisis (marca para añadir)</translation>
    </message>
    <message>
        <source>Other services, written by hand</source>
        <translation>Otros servicios, escritos a mano</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Guardar tarjeta</translation>
    </message>
    <message>
        <source>Print on one page (PDF)…</source>
        <translation>Imprimir en una página (PDF)…</translation>
    </message>
    <message>
        <source>No agreement yet. Start one with &apos;New version…&apos;: pick the programme&apos;s template and make it yours together.</source>
        <translation>Todavía no hay acuerdo. Empieza uno con «Nueva versión…»: elige la plantilla del programa y háganla suya juntos.</translation>
    </message>
    <message>
        <source>This is the current agreement.</source>
        <translation>Este es el acuerdo vigente.</translation>
    </message>
    <message>
        <source>A draft: talk it through, then make it current when you both agree.</source>
        <translation>Un borrador: háblenlo y luego háganlo vigente cuando los dos estén de acuerdo.</translation>
    </message>
    <message>
        <source>An earlier version, kept as history.</source>
        <translation>Una versión anterior, guardada como historia.</translation>
    </message>
    <message>
        <source> Review was due on {day}.</source>
        <translation> La revisión tocaba el {day}.</translation>
    </message>
    <message>
        <source> Review planned on {day}.</source>
        <translation> Revisión prevista para el {day}.</translation>
    </message>
    <message>
        <source>Version {version}. {words}{review}</source>
        <translation>Versión {version}. {words}{review}</translation>
    </message>
    <message>
        <source>Once there are two versions, what changed shows here.</source>
        <translation>Cuando haya dos versiones, aquí se verá qué cambió.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed. Yellow: reworded; red: taken out; green: added.</source>
        <translation>
            <numerusform>%n línea cambiada. Amarillo: redactado de nuevo; rojo: quitado; verde: añadido.</numerusform>
            <numerusform>%n líneas cambiadas. Amarillo: redactado de nuevo; rojo: quitado; verde: añadido.</numerusform>
        </translation>
    </message>
    <message>
        <source>These two versions say the same.</source>
        <translation>Estas dos versiones dicen lo mismo.</translation>
    </message>
    <message>
        <source>What I did: {what_i_did}</source>
        <translation>Lo que hice: {what_i_did}</translation>
    </message>
    <message>
        <source>Talked through in supervision.</source>
        <translation>Hablado en supervisión.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Questions for you&lt;/h3&gt;&lt;p&gt;For your own thinking, or to bring to supervision.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Preguntas para ti&lt;/h3&gt;&lt;p&gt;Para tu propia reflexión, o para llevar a supervisión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Last updated {v0}.</source>
        <translation>Última actualización: {v0}.</translation>
    </message>
    <message>
        <source>Agreement not saved</source>
        <translation>No se guardó el acuerdo</translation>
    </message>
    <message>
        <source>Not made current</source>
        <translation>No se hizo vigente</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>¿Eliminar este borrador?</translation>
    </message>
    <message>
        <source>The draft will be gone. Agreed versions stay.</source>
        <translation>El borrador desaparecerá. Las versiones acordadas se quedan.</translation>
    </message>
    <message>
        <source>Dates not saved</source>
        <translation>No se guardaron las fechas</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>Guardar el acuerdo como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Try another folder.</source>
        <translation>No se pudo escribir el PDF ahí. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>Saved as {name}. You can print it from any computer, even without a printer here.</source>
        <translation>Guardado como {name}. Puedes imprimirlo desde cualquier computadora, aunque aquí no haya impresora.</translation>
    </message>
    <message>
        <source>Delete this boundary event?</source>
        <translation>¿Eliminar este momento de límites?</translation>
    </message>
    <message>
        <source>It will be gone from the pattern too.</source>
        <translation>También desaparecerá del patrón.</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>No se guardó la tarjeta</translation>
    </message>
    <message>
        <source>Saved. Read it through together.</source>
        <translation>Guardado. Léanla juntos.</translation>
    </message>
    <message>
        <source>Save the crisis card as PDF</source>
        <translation>Guardar la tarjeta de crisis como PDF</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;We will look at this again on {v0}.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Volveremos a mirarlo el {v0}.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <source>peerdesk keeps everything in an encrypted vault on this computer and sends nothing anywhere. It protects your notes if the laptop is lost or stolen, on a shared computer, and against accidental disclosure through exports, logs, the clipboard or screen sharing. It cannot protect against harmful software running on your own account while the vault is unlocked.</source>
        <translation>peerdesk guarda todo en una caja fuerte cifrada en esta computadora y no envía nada a ninguna parte. Protege tus notas si pierdes o te roban el portátil, en una computadora compartida y frente a descuidos al exportar, en los registros, el portapapeles o al compartir pantalla. No puede protegerte de software dañino que funcione en tu propia cuenta mientras la caja fuerte está abierta.</translation>
    </message>
    <message>
        <source>Your profile and usual hours</source>
        <translation>Tu perfil y tu horario habitual</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>e.g. Certified Peer Specialist</source>
        <translation>p. ej. Especialista Certificado de Apoyo entre Pares</translation>
    </message>
    <message>
        <source>My usual hours start at</source>
        <translation>Mi horario habitual empieza a las</translation>
    </message>
    <message>
        <source>My usual hours end at</source>
        <translation>Mi horario habitual termina a las</translation>
    </message>
    <message>
        <source>Usual hours</source>
        <translation>Horario habitual</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Your name and credentials are the signature line on signed notes. Contacts outside your usual hours count as out of hours in Self-care.</source>
        <translation>Tu nombre y tus credenciales son la línea de firma de las notas firmadas. Los contactos fuera de tu horario habitual cuentan como fuera de horario en Autocuidado.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Locking and privacy</source>
        <translation>Bloqueo y privacidad</translation>
    </message>
    <message>
        <source> You can also lock any time with Ctrl+L.</source>
        <translation> También puedes bloquear en cualquier momento con Ctrl+L.</translation>
    </message>
    <message>
        <source>Writing session notes</source>
        <translation>Escribir notas de sesión</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Olvidar este dispositivo</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Crear una nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase…</source>
        <translation>Alguien puede conocer mi frase de contraseña…</translation>
    </message>
    <message>
        <source>Passphrase and recovery</source>
        <translation>Frase de contraseña y recuperación</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one at once: the old key stops working. Make one if you have lost yours or someone else may have seen it.</source>
        <translation>Una clave de recuperación nueva sustituye a la anterior al instante: la anterior deja de funcionar. Crea una si perdiste la tuya o si alguien más pudo verla.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer una copia ahora…</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It opens with the passphrase in use when it was made. Keep one on a USB stick somewhere safe.</source>
        <translation>Una copia de seguridad es un solo archivo cifrado. Se abre con la frase de contraseña que estaba en uso cuando se hizo. Guarda una en una memoria USB en un lugar seguro.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>What happened in this vault, newest first. It records events, never content.</source>
        <translation>Lo que pasó en esta caja fuerte, lo más reciente primero. Registra sucesos, nunca contenido.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The pages change at once. A session note window that is open changes when you open it again.</source>
        <translation>Las páginas cambian al instante. Una ventana de nota de sesión abierta cambia cuando la vuelvas a abrir.</translation>
    </message>
    <message>
        <source>About peerdesk</source>
        <translation>Acerca de peerdesk</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Text size is a share of your system&apos;s font size. Ctrl+plus and Ctrl+minus change it anywhere, Ctrl+0 sets it back; F1 lists every keyboard shortcut.</source>
        <translation>El tamaño del texto es una proporción del tamaño de letra de tu sistema. Ctrl+más y Ctrl+menos lo cambian desde cualquier lugar, Ctrl+0 lo devuelve a como estaba; F1 muestra todos los atajos de teclado.</translation>
    </message>
    <message>
        <source>Version {version}

{about}

Your vault lives in:
{path}</source>
        <translation>Versión {version}

{about}

Tu caja fuerte está en:
{path}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring that peerdesk can use, so it cannot remember the vault. You will type your passphrase each time, which is the safest way anyway.</source>
        <translation>Esta computadora no tiene un llavero seguro que peerdesk pueda usar, así que no puede recordar la caja fuerte. Escribirás tu frase de contraseña cada vez, que de todos modos es lo más seguro.</translation>
    </message>
    <message>
        <source>This device is remembered: peerdesk can open without your passphrase while you are logged in to your own account. Forget it on a shared computer.</source>
        <translation>Este dispositivo está recordado: peerdesk puede abrirse sin tu frase de contraseña mientras tengas abierta tu propia cuenta. Olvídalo en una computadora compartida.</translation>
    </message>
    <message>
        <source>peerdesk can keep a key in this computer&apos;s secure keyring so it opens without your passphrase. Best only on a computer nobody else uses.</source>
        <translation>peerdesk puede guardar una llave en el llavero seguro de esta computadora para abrirse sin tu frase de contraseña. Mejor solo en una computadora que nadie más use.</translation>
    </message>
    <message>
        <source>Could not remember this device</source>
        <translation>No se pudo recordar este dispositivo</translation>
    </message>
    <message>
        <source>The memory was chosen by the processor time it took on this computer, so a busy computer never weakened it.</source>
        <translation>La memoria se eligió según el tiempo de procesador que tardó en esta computadora, así que una computadora ocupada nunca la debilitó.</translation>
    </message>
    <message>
        <source>Your passphrase is strengthened with Argon2id: {mib} MiB, {passes} passes; how long that takes on this computer is measured the next time you unlock with your passphrase.</source>
        <translation>Tu frase de contraseña se refuerza con Argon2id: {mib} MiB, {passes} pasadas; lo que tarda en esta computadora se medirá la próxima vez que desbloquees con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Your passphrase is strengthened with Argon2id: {mib} MiB, {passes} passes, about {seconds} s on this computer.</source>
        <translation>Tu frase de contraseña se refuerza con Argon2id: {mib} MiB, {passes} pasadas, unos {seconds} s en esta computadora.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>¿Crear una nueva clave de recuperación?</translation>
    </message>
    <message>
        <source>Your current recovery key will stop working at once. Continue?</source>
        <translation>Tu clave de recuperación actual dejará de funcionar al instante. ¿Continuar?</translation>
    </message>
    <message>
        <source>Back up peerdesk</source>
        <translation>Hacer una copia de peerdesk</translation>
    </message>
    <message>
        <source>peerdesk backup (*{SUFFIX})</source>
        <translation>Copia de seguridad de peerdesk (*{SUFFIX})</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>Last backup: {name}, checked after writing.</source>
        <translation>Última copia: {name}, comprobada después de escribirla.</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <source>Your backup is saved as {name} and was checked after writing.</source>
        <translation>Tu copia se guardó como {name} y se comprobó después de escribirla.</translation>
    </message>
    <message>
        <source>The last backup did not work.</source>
        <translation>La última copia no funcionó.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>No se hizo la copia</translation>
    </message>
    <message>
        <source>DEMO  ·  A throwaway demo vault: everyone in it is fictional, and it is deleted when you close peerdesk. Its passphrase is “{passphrase}”.</source>
        <translation>DEMO  ·  Una caja fuerte de demostración desechable: todas las personas son ficticias y se borra al cerrar peerdesk. Su frase de contraseña es «{passphrase}».</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message>
        <source>Log a boundary event…</source>
        <translation>Anotar un momento de límites…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>{text} If it felt like a boundary moment, you could log it; it helps you notice patterns and bring them to supervision.</source>
        <translation>{text} Si te pareció un momento de límites, puedes anotarlo; te ayuda a notar patrones y llevarlos a supervisión.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Logged. You can see it on the Agreements page.</source>
        <translation>Anotado. Puedes verlo en la página Acuerdos.</translation>
    </message>
    <message>
        <source>You have a session note you were writing when peerdesk closed or locked. Nothing was lost: open it?</source>
        <translation>Tienes una nota de sesión que estabas escribiendo cuando peerdesk se cerró o se bloqueó. No se perdió nada: ¿la abres?</translation>
    </message>
    <message numerus="yes">
        <source>You have %n session note(s) you were writing when peerdesk closed or locked. Nothing was lost: open them?</source>
        <translation>
            <numerusform>Tienes %n nota de sesión que estabas escribiendo cuando peerdesk se cerró o se bloqueó. No se perdió nada: ¿la abres?</numerusform>
            <numerusform>Tienes %n notas de sesión que estabas escribiendo cuando peerdesk se cerró o se bloqueó. No se perdió nada: ¿las abres?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Abrirlas</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Menu: every action and its keyboard shortcut</source>
        <translation>Menú: cada acción y su atajo de teclado</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation>Editor de notas</translation>
    </message>
    <message>
        <source>Lists and tables</source>
        <translation>Listas y tablas</translation>
    </message>
    <message>
        <source>Date fields</source>
        <translation>Campos de fecha</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation>Guardar el borrador ahora</translation>
    </message>
    <message>
        <source>Sign the note</source>
        <translation>Firmar la nota</translation>
    </message>
    <message>
        <source>Go to the first section</source>
        <translation>Ir a la primera sección</translation>
    </message>
    <message>
        <source>Go to the second section</source>
        <translation>Ir a la segunda sección</translation>
    </message>
    <message>
        <source>Go to the third section</source>
        <translation>Ir a la tercera sección</translation>
    </message>
    <message>
        <source>Go to the fourth section</source>
        <translation>Ir a la cuarta sección</translation>
    </message>
    <message>
        <source>Open the chosen mentee or note</source>
        <translation>Abrir la persona o la nota elegida</translation>
    </message>
    <message>
        <source>Close a dialog or window</source>
        <translation>Cerrar un cuadro de diálogo o una ventana</translation>
    </message>
    <message>
        <source>Open a date&apos;s calendar</source>
        <translation>Abrir el calendario de una fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Crisis card</source>
        <translation>Tarjeta de crisis</translation>
    </message>
    <message>
        <source>peerdesk (supervisor)</source>
        <translation>peerdesk (supervisión)</translation>
    </message>
    <message>
        <source>Boundary events per month, by kind</source>
        <translation>Momentos de límites por mes, por tipo</translation>
    </message>
    <message>
        <source>Boundary events per month: {months} ({total} in all).</source>
        <translation>Momentos de límites por mes: {months} ({total} en total).</translation>
    </message>
    <message>
        <source>Boundary events per month</source>
        <translation>Momentos de límites por mes</translation>
    </message>
    <message>
        <source>Nothing logged in these months.</source>
        <translation>Nada anotado en estos meses.</translation>
    </message>
    <message>
        <source>Agreement, version {version}</source>
        <translation>Acuerdo, versión {version}</translation>
    </message>
    <message>
        <source>New agreement version</source>
        <translation>Nueva versión del acuerdo</translation>
    </message>
    <message>
        <source>(keep what is written)</source>
        <translation>(mantener lo escrito)</translation>
    </message>
    <message>
        <source>Fill every field from a programme&apos;s template</source>
        <translation>Rellenar cada campo con la plantilla de un programa</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Empezar con una plantilla</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>Volver a mirarlo el</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>no contact (e.g. 09:00-18:00; night: 22:00-02:00)</source>
        <translation>sin contacto (p. ej. 09:00-18:00; de noche: 22:00-02:00)</translation>
    </message>
    <message>
        <source>Contact hours on {v0}</source>
        <translation>Horario de contacto el {v0}</translation>
    </message>
    <message>
        <source>When we can be in touch</source>
        <translation>Cuándo podemos estar en contacto</translation>
    </message>
    <message>
        <source>How we keep in touch</source>
        <translation>Cómo nos mantenemos en contacto</translation>
    </message>
    <message>
        <source>How soon I reply</source>
        <translation>Cuánto tardo en responder</translation>
    </message>
    <message>
        <source>One place per line</source>
        <translation>Un lugar por línea</translation>
    </message>
    <message>
        <source>Where we meet</source>
        <translation>Dónde nos vemos</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Lo que haré</translation>
    </message>
    <message>
        <source>One per line, e.g. lend money, give rides, meet at home</source>
        <translation>Uno por línea, p. ej. prestar dinero, llevar en coche, vernos en casa</translation>
    </message>
    <message>
        <source>What I will not do</source>
        <translation>Lo que no haré</translation>
    </message>
    <message>
        <source>What stays between us</source>
        <translation>Lo que queda entre nosotros</translation>
    </message>
    <message>
        <source>When I would have to share</source>
        <translation>Cuándo tendría que compartirlo</translation>
    </message>
    <message>
        <source>If there is a crisis</source>
        <translation>Si hay una crisis</translation>
    </message>
    <message>
        <source>How mentoring ends</source>
        <translation>Cómo termina la mentoría</translation>
    </message>
    <message>
        <source>A different mentor</source>
        <translation>Otra persona mentora</translation>
    </message>
    <message>
        <source>Write it so you could read it aloud together. It stays a draft until you both agree to it.</source>
        <translation>Escríbelo de modo que puedan leerlo en voz alta juntos. Sigue siendo borrador hasta que los dos lo acepten.</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Momento de límites</translation>
    </message>
    <message>
        <source>Talked it through in supervision</source>
        <translation>Lo hablé en supervisión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <source>Noticing is the point, not blame. A few words are enough.</source>
        <translation>Lo importante es darse cuenta, no culpar. Unas pocas palabras bastan.</translation>
    </message>
    <message>
        <source>Progress over time, 0 to 10</source>
        <translation>Avance a lo largo del tiempo, de 0 a 10</translation>
    </message>
    <message>
        <source>Progress, 0 to 10 (filled dots: noted in a session)</source>
        <translation>Avance, de 0 a 10 (puntos rellenos: anotado en una sesión)</translation>
    </message>
    <message>
        <source>Goals across life domains: where they started and now</source>
        <translation>Metas en las áreas de vida: dónde empezaron y dónde están ahora</translation>
    </message>
    <message>
        <source>{domain}: from {first} to {latest}</source>
        <translation>{domain}: de {first} a {latest}</translation>
    </message>
    <message>
        <source>{domain}: not yet</source>
        <translation>{domain}: todavía no</translation>
    </message>
    <message>
        <source>Across life domains (faint: where it started, solid: now, 0 to 10)</source>
        <translation>En las áreas de vida (claro: dónde empezó, sólido: ahora, de 0 a 10)</translation>
    </message>
    <message>
        <source>Recovery check-in totals, 10 to 60</source>
        <translation>Totales del chequeo de recuperación, de 10 a 60</translation>
    </message>
    <message>
        <source>Check-in totals: {totals}.</source>
        <translation>Totales del chequeo: {totals}.</translation>
    </message>
    <message>
        <source>{total} on {day}</source>
        <translation>{total} el {day}</translation>
    </message>
    <message>
        <source>Check-in totals (10 to 60)</source>
        <translation>Totales del chequeo (de 10 a 60)</translation>
    </message>
    <message>
        <source>working on it</source>
        <translation>trabajando en ello</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>lograda</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>dejada ir</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>In their own words: what would they like to happen?</source>
        <translation>Con sus propias palabras: ¿qué le gustaría que pasara?</translation>
    </message>
    <message>
        <source>Why it matters to them</source>
        <translation>Por qué le importa</translation>
    </message>
    <message>
        <source>What they bring: skills, people, past wins</source>
        <translation>Lo que aporta: habilidades, personas, logros pasados</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Life &amp;domain</source>
        <translation>Área de &amp;vida</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Por qué importa</translation>
    </message>
    <message>
        <source>&amp;Strengths</source>
        <translation>&amp;Fortalezas</translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation>Fecha &amp;prevista</translation>
    </message>
    <message>
        <source>&amp;Review together on</source>
        <translation>&amp;Revisar juntos el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Practical support</source>
        <translation>Apoyo práctico</translation>
    </message>
    <message>
        <source>Emotional support</source>
        <translation>Apoyo emocional</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Family peer support (a carer or relative)</source>
        <translation>Apoyo entre pares a familias (una persona cuidadora o familiar)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>Please write the &apos;until&apos; date of a consent as year-month-day, like 2025-12-31.</source>
        <translation>Escribe la fecha «hasta» de un consentimiento como año-mes-día, por ejemplo 2025-12-31.</translation>
    </message>
    <message>
        <source>Edit mentee</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Add a mentee</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>The name they like to be called</source>
        <translation>El nombre con el que le gusta que le llamen</translation>
    </message>
    <message>
        <source>For example: she/her, they/them</source>
        <translation>Por ejemplo: ella, él, elle</translation>
    </message>
    <message>
        <source>Nicknames, separated by commas</source>
        <translation>Apodos, separados por comas</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Why (optional, in a few words)</source>
        <translation>Por qué (opcional, en pocas palabras)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>También conocida como</translation>
    </message>
    <message>
        <source>Support style</source>
        <translation>Estilo de apoyo</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Tipo de apoyo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Preferred ways to be in touch</source>
        <translation>Formas preferidas de contacto</translation>
    </message>
    <message>
        <source>One per line, e.g. +1 555 0134, mobile</source>
        <translation>Uno por línea, p. ej. +1 555 0134, celular</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>In their own words, e.g. &quot;Getting to see my sister on Sundays.&quot;</source>
        <translation>Con sus propias palabras, p. ej. &quot;Poder ver a mi hermana los domingos.&quot;</translation>
    </message>
    <message>
        <source>What they are good at, what has helped before, in their words</source>
        <translation>Lo que se le da bien, lo que le ha ayudado antes, con sus palabras</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Qué se puede compartir</translation>
    </message>
    <message>
        <source>Until (YYYY-MM-DD)</source>
        <translation>Hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Add a consent</source>
        <translation>Añadir un consentimiento</translation>
    </message>
    <message>
        <source>Important people</source>
        <translation>Personas importantes</translation>
    </message>
    <message>
        <source>Information-sharing consents</source>
        <translation>Consentimientos para compartir información</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Con sus propias palabras</translation>
    </message>
    <message>
        <source>People and consents</source>
        <translation>Personas y consentimientos</translation>
    </message>
    <message>
        <source>Erasing {display_name} removes their profile, {notes} with their addenda, {goals}, {agreements}, {referrals} and {reminders}. {group_notes} for the others, with {display_name} taken out. Signed notes leave only their place in the fingerprint chain, with no content. This cannot be undone.</source>
        <translation>Borrar a {display_name} elimina su perfil, {notes} con sus anexos, {goals}, {agreements}, {referrals} y {reminders}. {group_notes} para las demás personas, sin {display_name}. Las notas firmadas solo dejan su lugar en la cadena de huellas, sin contenido. No se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referido</numerusform>
            <numerusform>%n referidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n recordatorio</numerusform>
            <numerusform>%n recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group note(s) stay</source>
        <translation>
            <numerusform>Queda %n nota de grupo</numerusform>
            <numerusform>Quedan %n notas de grupo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups that still hold this person until they are removed: %n.</source>
        <translation>
            <numerusform>Copias de seguridad que aún guardan a esta persona hasta que se eliminen: %n.</numerusform>
            <numerusform>Copias de seguridad que aún guardan a esta persona hasta que se eliminen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase this person&apos;s record</source>
        <translation>Borrar el registro de esta persona</translation>
    </message>
    <message>
        <source>Type {display_name} to confirm</source>
        <translation>Escribe {display_name} para confirmar</translation>
    </message>
    <message>
        <source>Their name, to confirm</source>
        <translation>Su nombre, para confirmar</translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n backup(s) that still hold them (backups hold everyone else too)</source>
        <translation>
            <numerusform>Eliminar también la copia de seguridad que todavía la contiene (las copias contienen también a todas las demás personas)</numerusform>
            <numerusform>Eliminar también las %n copias de seguridad que todavía la contienen (las copias contienen también a todas las demás personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft about them is open: discard it</source>
        <translation>Hay un borrador sobre esta persona abierto: descartarlo</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>To confirm, type the name as shown:</source>
        <translation>Para confirmar, escribe el nombre tal como aparece:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions and follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sesiones y seguimientos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>para el {day}</translation>
    </message>
    <message>
        <source>To do: {task}{when}</source>
        <translation>Pendiente: {task}{when}</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (con retraso)</translation>
    </message>
    <message numerus="yes">
        <source>group of %n</source>
        <translation>
            <numerusform>grupo de %n</numerusform>
            <numerusform>grupo de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n seguimiento abierto</numerusform>
            <numerusform>%n seguimientos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed yet: open it to finish and sign.</source>
        <translation>Todavía sin firmar: ábrela para terminarla y firmarla.</translation>
    </message>
    <message>
        <source>No session notes yet. Press Ctrl+N to write the first one.</source>
        <translation>Todavía no hay notas de sesión. Pulsa Ctrl+N para escribir la primera.</translation>
    </message>
    <message>
        <source>Everything {profile_name} asks a note to carry is here.

</source>
        <translation>Aquí está todo lo que {profile_name} pide que lleve una nota.

</translation>
    </message>
    <message>
        <source>{profile_name} also asks for:</source>
        <translation>{profile_name} también pide:</translation>
    </message>
    <message>
        <source>  (needed before signing)</source>
        <translation>  (necesario antes de firmar)</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>La sesión termina antes de empezar.</translation>
    </message>
    <message>
        <source>Signed {signed} · fingerprint {digest}…</source>
        <translation>Firmada {signed} · huella {digest}…</translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation>Añadir un anexo</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>What needs adding or correcting? It is saved with today&apos;s date; the signed note stays as it was.</source>
        <translation>¿Qué hay que añadir o corregir? Se guarda con la fecha de hoy; la nota firmada queda como estaba.</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Añadir anexo</translation>
    </message>
    <message>
        <source>What needs doing, and by whom</source>
        <translation>Qué hay que hacer, y quién</translation>
    </message>
    <message>
        <source>Remove this follow-up</source>
        <translation>Quitar este seguimiento</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>Quitar seguimiento</translation>
    </message>
    <message>
        <source>due</source>
        <comment>before a follow-up&apos;s date</comment>
        <translation>para el</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de sesión</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Who the session was with</source>
        <translation>Con quién fue la sesión</translation>
    </message>
    <message>
        <source>e.g. the library café</source>
        <translation>p. ej. el café de la biblioteca</translation>
    </message>
    <message>
        <source>Discuss in supervision</source>
        <translation>Hablar en supervisión</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>Preocupación por la seguridad</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Follow-ups from this session</source>
        <translation>Seguimientos de esta sesión</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <source>Suggested follow-ups</source>
        <translation>Seguimientos sugeridos</translation>
    </message>
    <message>
        <source>Open follow-ups from earlier sessions</source>
        <translation>Seguimientos abiertos de sesiones anteriores</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Añadir anexo…</translation>
    </message>
    <message>
        <source>From supervision</source>
        <translation>De supervisión</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S). Drafts also save by themselves.</source>
        <translation>Guardar borrador (Ctrl+S). Los borradores también se guardan solos.</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Firmar…</translation>
    </message>
    <message>
        <source>Sign (Ctrl+Enter): the note becomes read-only.</source>
        <translation>Firmar (Ctrl+Intro): la nota pasa a ser de solo lectura.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc). The draft is saved.</source>
        <translation>Cerrar (Esc). El borrador queda guardado.</translation>
    </message>
    <message>
        <source>Plan next meeting…</source>
        <translation>Planificar la próxima reunión…</translation>
    </message>
    <message>
        <source>Plan the next meeting from this note&apos;s next steps</source>
        <translation>Planificar la próxima reunión con los próximos pasos de esta nota</translation>
    </message>
    <message>
        <source>New session note</source>
        <translation>Nueva nota de sesión</translation>
    </message>
    <message>
        <source>no one chosen yet</source>
        <translation>todavía no se eligió a nadie</translation>
    </message>
    <message>
        <source>Session note · {when} · {v1}</source>
        <translation>Nota de sesión · {when} · {v1}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>  (due {due_on})</source>
        <translation>  (para el {due_on})</translation>
    </message>
    <message>
        <source>This was due earlier: is it done, or still to do?</source>
        <translation>Esto tocaba antes: ¿está hecho o sigue pendiente?</translation>
    </message>
    <message>
        <source>Suggestions…</source>
        <translation>Sugerencias…</translation>
    </message>
    <message>
        <source>+1 day · {duration}</source>
        <translation>+1 día · {duration}</translation>
    </message>
    <message>
        <source>Ends the next day</source>
        <translation>Termina al día siguiente</translation>
    </message>
    <message>
        <source>Saved {v0}</source>
        <translation>Guardado {v0}</translation>
    </message>
    <message>
        <source>Not ready to sign yet</source>
        <translation>Todavía no está lista para firmar</translation>
    </message>
    <message>
        <source>Add these, then sign.</source>
        <translation>Añade esto y luego firma.</translation>
    </message>
    <message>
        <source>Sign this note?</source>
        <translation>¿Firmar esta nota?</translation>
    </message>
    <message>
        <source>Signed notes become read-only. Anything to add later goes in a dated addendum. Sign now?</source>
        <translation>Las notas firmadas pasan a ser de solo lectura. Lo que quieras añadir después va en un anexo con fecha. ¿Firmar ahora?</translation>
    </message>
    <message>
        <source>Signed {v0}</source>
        <translation>Firmada {v0}</translation>
    </message>
    <message>
        <source>The fingerprint (SHA-256) changes if anyone alters the signed note.
</source>
        <translation>La huella (SHA-256) cambia si alguien altera la nota firmada.
</translation>
    </message>
    <message>
        <source>No addenda. Add one to correct or complete this note.</source>
        <translation>Sin anexos. Añade uno para corregir o completar esta nota.</translation>
    </message>
    <message>
        <source>The signed note stays as it is; the addendum is added below it with today&apos;s date.</source>
        <translation>La nota firmada queda como está; el anexo se añade debajo con la fecha de hoy.</translation>
    </message>
    <message>
        <source>Addendum not added</source>
        <translation>No se añadió el anexo</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>{v0}

Close anyway? What you changed since the last save would be lost.</source>
        <translation>{v0}

¿Cerrar de todos modos? Se perdería lo que cambiaste desde la última vez que guardaste.</translation>
    </message>
    <message>
        <source>Ticked: this session touched the goal</source>
        <translation>Marcada: esta sesión tocó la meta</translation>
    </message>
    <message>
        <source>Progress on “{goal}”, 0 to 10</source>
        <translation>Avance en «{goal}», de 0 a 10</translation>
    </message>
    <message>
        <source>How it is going, in a sentence</source>
        <translation>Cómo va, en una frase</translation>
    </message>
    <message>
        <source>How “{goal}” is going, in a sentence</source>
        <translation>Cómo va «{goal}», en una frase</translation>
    </message>
    <message>
        <source>Goals touched</source>
        <translation>Metas tratadas</translation>
    </message>
    <message>
        <source>Tick a goal you talked about and give it a quick 0 to 10 together; it shows on the goal&apos;s chart, linked to this note.</source>
        <translation>Marca una meta de la que hablaron y pónganle juntos un 0 a 10 rápido; aparece en la gráfica de la meta, enlazada a esta nota.</translation>
    </message>
    <message>
        <source>Perhaps: {alternatives}</source>
        <translation>Quizás: {alternatives}</translation>
    </message>
    <message>
        <source>Peer-language helper marks: {words}. The context menu has person-centred alternatives.</source>
        <translation>El asistente de lenguaje entre pares marca: {words}. El menú contextual tiene alternativas centradas en la persona.</translation>
    </message>
    <message>
        <source>Marked: {words}</source>
        <translation>Marcado: {words}</translation>
    </message>
    <message>
        <source>Person-centred alternatives</source>
        <translation>Alternativas centradas en la persona</translation>
    </message>
    <message>
        <source>Use “{alternative}”</source>
        <translation>Usar «{alternative}»</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message numerus="yes">
        <source>%n addendum(s)</source>
        <translation>
            <numerusform>%n anexo</numerusform>
            <numerusform>%n anexos</numerusform>
        </translation>
    </message>
    <message>
        <source>safety</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>supervisión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Notes in the mentee&apos;s own words where you can. Signed notes stay as written; corrections are dated addenda.</source>
        <translation>Notas con las propias palabras de la persona cuando puedas. Las notas firmadas quedan tal como se escribieron; las correcciones son anexos con fecha.</translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F): words, names, places…</source>
        <translation>Buscar notas (Ctrl+F): palabras, nombres, lugares…</translation>
    </message>
    <message>
        <source>New note… (Ctrl+N)</source>
        <translation>Nueva nota… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Documentation review…</source>
        <translation>Revisión de la documentación…</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Drafts and signed</source>
        <translation>Borradores y firmadas</translation>
    </message>
    <message>
        <source>Drafts to finish</source>
        <translation>Borradores por terminar</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation>Notas desde</translation>
    </message>
    <message>
        <source>Notes up to</source>
        <translation>Notas hasta</translation>
    </message>
    <message>
        <source>Flagged for supervision</source>
        <translation>Marcadas para supervisión</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>All mentees</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Ninguna nota coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching note(s), newest first.</source>
        <translation>
            <numerusform>%Ln nota coincide, la más reciente primero.</numerusform>
            <numerusform>%Ln notas coinciden, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes match these filters.</source>
        <translation>Ninguna nota coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No session notes yet. After a meeting, press Ctrl+N to write one while it is fresh: a few lines in the mentee&apos;s own words are a good start.</source>
        <translation>Todavía no hay notas de sesión. Después de una reunión, pulsa Ctrl+N para escribir una mientras lo tienes fresco: unas líneas con las propias palabras de la persona son un buen comienzo.</translation>
    </message>
    <message>
        <source>Documentation review</source>
        <translation>Revisión de la documentación</translation>
    </message>
    <message>
        <source>Review from</source>
        <translation>Revisar desde</translation>
    </message>
    <message>
        <source>Review up to</source>
        <translation>Revisar hasta</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>What to finish or look at again</source>
        <translation>Lo que falta terminar o volver a mirar</translation>
    </message>
    <message>
        <source>{notes_checked} notes checked against {name}: nothing to follow up.</source>
        <translation>{notes_checked} notas revisadas según {name}: nada que atender.</translation>
    </message>
    <message>
        <source>{notes_checked} notes checked against {name}. Double-click a note to open it.</source>
        <translation>{notes_checked} notas revisadas según {name}. Haz doble clic en una nota para abrirla.</translation>
    </message>
    <message>
        <source>Missing something</source>
        <translation>Falta algo</translation>
    </message>
    <message>
        <source>Drafts waiting to be signed</source>
        <translation>Borradores esperando firma</translation>
    </message>
    <message>
        <source>Not linked to a goal</source>
        <translation>Sin enlace a una meta</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message numerus="yes">
        <source>started %n day(s) ago</source>
        <translation>
            <numerusform>empezada hace %n día</numerusform>
            <numerusform>empezada hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>Recovery sheet saved</source>
        <translation>Hoja de recuperación guardada</translation>
    </message>
    <message>
        <source>Saved as {name}. Print it, keep the paper somewhere private, and then delete the file.</source>
        <translation>Guardada como {name}. Imprímela, guarda el papel en un lugar privado y después borra el archivo.</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>This is the recovery key made with your vault. peerdesk closed before you confirmed you have it, so here it is again: print it or save it as a PDF and keep it somewhere private.</source>
        <translation>Esta es la clave de recuperación que se creó con tu caja fuerte. peerdesk se cerró antes de que confirmaras que la tienes, así que aquí está de nuevo: imprímela o guárdala como PDF y consérvala en un lugar privado.</translation>
    </message>
    <message>
        <source>This is your new recovery key. The old one no longer works. It is shown only now: print it or save it as a PDF and keep it somewhere private.</source>
        <translation>Esta es tu nueva clave de recuperación. La anterior ya no funciona. Solo se muestra ahora: imprímela o guárdala como PDF y consérvala en un lugar privado.</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Ya la guardé en un lugar seguro</translation>
    </message>
    <message>
        <source>Programme records</source>
        <translation>Registros del programa</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Past the retention period, for you to review: {names}. Erase a person&apos;s record from the Mentees page when the programme&apos;s rule says so.</source>
        <translation>Pasado el periodo de conservación, para que lo revises: {names}. Borra el registro de una persona desde la página Personas cuando la norma del programa lo indique.</translation>
    </message>
    <message>
        <source>CSV (counts only)</source>
        <translation>CSV (solo recuentos)</translation>
    </message>
    <message>
        <source>Export for supervision</source>
        <translation>Exportar para supervisión</translation>
    </message>
    <message>
        <source>Export from</source>
        <translation>Exportar desde</translation>
    </message>
    <message>
        <source>Export up to</source>
        <translation>Exportar hasta</translation>
    </message>
    <message>
        <source>Mentees to include</source>
        <translation>Personas que incluir</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>Dónde guardar el archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Nothing more: a de-identified file</source>
        <translation>Nada más: un archivo sin datos identificativos</translation>
    </message>
    <message>
        <source>Sealed for {name} (their key)</source>
        <translation>Sellado para {name} (su llave)</translation>
    </message>
    <message>
        <source>With a passphrase you share by phone</source>
        <translation>Con una frase de contraseña que compartes por teléfono</translation>
    </message>
    <message>
        <source>A sealed file opens only in your supervisor&apos;s peerdesk, and their comments come back beside the right notes. Add their key under Settings &gt; Keys.</source>
        <translation>Un archivo sellado solo se abre en el peerdesk de tu supervisora o supervisor, y sus comentarios vuelven junto a las notas correctas. Añade su llave en Ajustes &gt; Llaves.</translation>
    </message>
    <message>
        <source>Share this passphrase by phone, not email</source>
        <translation>Comparte esta frase de contraseña por teléfono, no por correo</translation>
    </message>
    <message>
        <source>Packet passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Protect it</source>
        <translation>Protegerlo</translation>
    </message>
    <message>
        <source>Your supervisor sees mentees as Mentee A, Mentee B…, never their names, contact details or exact dates. Check the preview before you export.</source>
        <translation>Tu supervisora o supervisor ve a las personas como Persona A, Persona B…, nunca sus nombres, datos de contacto ni fechas exactas. Revisa la vista previa antes de exportar.</translation>
    </message>
    <message>
        <source>Press Preview to see exactly what will be exported.</source>
        <translation>Pulsa Vista previa para ver exactamente lo que se exportará.</translation>
    </message>
    <message>
        <source>Words hidden everywhere</source>
        <translation>Palabras ocultas en todo el documento</translation>
    </message>
    <message>
        <source>Redact selection</source>
        <translation>Ocultar la selección</translation>
    </message>
    <message>
        <source>Select words in the preview, then hide them everywhere</source>
        <translation>Selecciona palabras en la vista previa y luego ocúltalas en todas partes</translation>
    </message>
    <message>
        <source>Undo redaction</source>
        <translation>Deshacer lo ocultado</translation>
    </message>
    <message>
        <source>Show the redaction chosen in the list again</source>
        <translation>Volver a mostrar lo ocultado que elegiste en la lista</translation>
    </message>
    <message>
        <source>Redact it</source>
        <translation>Ocultarlo</translation>
    </message>
    <message>
        <source>Hide what stopped the export everywhere, then preview again</source>
        <translation>Ocultar en todas partes lo que detuvo la exportación y volver a ver la vista previa</translation>
    </message>
    <message>
        <source>As it will look</source>
        <translation>Tal como se verá</translation>
    </message>
    <message>
        <source>What was hidden (highlighted)</source>
        <translation>Lo que se ocultó (resaltado)</translation>
    </message>
    <message>
        <source>Redactions and why</source>
        <translation>Lo ocultado y por qué</translation>
    </message>
    <message>
        <source>{redactions} in {flagged}; {sessions}</source>
        <translation>{redactions} en {flagged}; {sessions}</translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s)</source>
        <translation>
            <numerusform>%n parte ocultada</numerusform>
            <numerusform>%n partes ocultadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged note(s)</source>
        <translation>
            <numerusform>%n nota marcada</numerusform>
            <numerusform>%n notas marcadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) counted.</source>
        <translation>
            <numerusform>%n sesión contada.</numerusform>
            <numerusform>%n sesiones contadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose at least one mentee, or All mentees.</source>
        <translation>Elige al menos una persona, o Todas las personas.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>, cannot be undone</source>
        <translation>, no se puede deshacer</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Select a word or more in the preview first.</source>
        <translation>Primero selecciona una palabra o más en la vista previa.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Choose a redaction in the list first.</source>
        <translation>Primero elige en la lista lo que quieres volver a mostrar.</translation>
    </message>
    <message>
        <source>That is a name or detail the vault knows; it always stays hidden.</source>
        <translation>Es un nombre o un dato que la caja fuerte conoce; siempre queda oculto.</translation>
    </message>
    <message>
        <source>Choose where to save the file first.</source>
        <translation>Primero elige dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Please use a packet passphrase of 10 characters or more.</source>
        <translation>Usa una frase de contraseña de 10 caracteres o más para el paquete.</translation>
    </message>
    <message>
        <source>Write this de-identified export? It is checked again for names before it is saved.</source>
        <translation>¿Escribir esta exportación sin datos identificativos? Se vuelve a comprobar que no tenga nombres antes de guardarla.</translation>
    </message>
    <message>
        <source>Writing and checking…</source>
        <translation>Escribiendo y comprobando…</translation>
    </message>
    <message>
        <source>Sealed for {recipient} and saved: {name}. Only their peerdesk can open it; send it any way you like.</source>
        <translation>Sellado para {recipient} y guardado: {name}. Solo su peerdesk puede abrirlo; envíalo como prefieras.</translation>
    </message>
    <message>
        <source>Saved and checked: {name}.</source>
        <translation>Guardada y comprobada: {name}.</translation>
    </message>
    <message>
        <source>Press Preview to see the export as your supervisor will see it.</source>
        <translation>Pulsa Vista previa para ver la exportación como la verá tu supervisora o supervisor.</translation>
    </message>
    <message>
        <source>The PDF&apos;s pages</source>
        <translation>Las páginas del PDF</translation>
    </message>
    <message>
        <source>The Markdown, rendered</source>
        <translation>El Markdown, tal como se ve</translation>
    </message>
    <message>
        <source>The CSV as a table</source>
        <translation>El CSV como tabla</translation>
    </message>
    <message>
        <source>Page {number} of {images}</source>
        <translation>Página {number} de {images}</translation>
    </message>
    <message>
        <source>Prepare a summary of your work for supervision: how many sessions and of what kind, and the notes you flagged to talk about. Mentees appear as Mentee A, Mentee B…; names, contact details and exact dates are taken out, small counts are hidden, and you see every change before anything is saved.</source>
        <translation>Prepara un resumen de tu trabajo para supervisión: cuántas sesiones y de qué tipo, y las notas que marcaste para hablar. Las personas aparecen como Persona A, Persona B…; se quitan los nombres, los datos de contacto y las fechas exactas, se ocultan los recuentos pequeños y ves cada cambio antes de guardar nada.</translation>
    </message>
    <message>
        <source>Export for supervision…</source>
        <translation>Exportar para supervisión…</translation>
    </message>
    <message>
        <source>Past exports</source>
        <translation>Exportaciones anteriores</translation>
    </message>
    <message>
        <source>Past exports (when, format, period; never their content)</source>
        <translation>Exportaciones anteriores (cuándo, formato, periodo; nunca su contenido)</translation>
    </message>
    <message>
        <source>, encrypted packet</source>
        <translation>, paquete cifrado</translation>
    </message>
    <message>
        <source>{at}  ·  {v1}{packet}  ·  period {v3}</source>
        <translation>{at}  ·  {v1}{packet}  ·  periodo {v3}</translation>
    </message>
    <message>
        <source>No exports yet.</source>
        <translation>Todavía no hay exportaciones.</translation>
    </message>
    <message>
        <source>peerdesk sealed packets (*.pdsealed);;All files (*)</source>
        <translation>Paquetes sellados de peerdesk (*.pdsealed);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Llaves…</translation>
    </message>
    <message>
        <source>Your key&apos;s fingerprint, and your supervisor&apos;s key</source>
        <translation>La huella de tu llave y la llave de tu supervisora o supervisor</translation>
    </message>
    <message>
        <source>Open a reply from your supervisor…</source>
        <translation>Abrir una respuesta de supervisión…</translation>
    </message>
    <message>
        <source>Sealed exports and what came back</source>
        <translation>Exportaciones selladas y lo que volvió</translation>
    </message>
    <message>
        <source>Sealed exports and your supervisor&apos;s replies</source>
        <translation>Exportaciones selladas y las respuestas de supervisión</translation>
    </message>
    <message>
        <source>{when} · period {period} · no reply yet</source>
        <translation>{when} · periodo {period} · todavía sin respuesta</translation>
    </message>
    <message>
        <source> (agreed action, now a follow-up)</source>
        <translation> (acción acordada, ahora un seguimiento)</translation>
    </message>
    <message>
        <source>{when} · period {period}{tag}
{text}</source>
        <translation>{when} · periodo {period}{tag}
{text}</translation>
    </message>
    <message>
        <source>Nothing sealed yet. Trust your supervisor&apos;s key (Keys…), then export with “Protect it: Sealed for …”. Their reply can be dropped on this window.</source>
        <translation>Todavía no has sellado nada. Confía en la llave de tu supervisora o supervisor (Llaves…) y luego exporta con «Protegerlo: Sellado para …». Puedes soltar su respuesta en esta ventana.</translation>
    </message>
    <message>
        <source>Your supervisor&apos;s reply</source>
        <translation>La respuesta de supervisión</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>No se abrió</translation>
    </message>
    <message>
        <source>That file could not be read.</source>
        <translation>No se pudo leer ese archivo.</translation>
    </message>
    <message>
        <source> {unplaced} are about notes that are no longer in this vault.</source>
        <translation> {unplaced} tratan de notas que ya no están en esta caja fuerte.</translation>
    </message>
    <message>
        <source>Your supervisor replied</source>
        <translation>Llegó la respuesta de supervisión</translation>
    </message>
    <message>
        <source>{comments} comments; {placed} now show beside their notes.{lost} {actions} agreed actions were added as follow-ups.</source>
        <translation>{comments} comentarios; {placed} ya aparecen junto a sus notas.{lost} {actions} acciones acordadas se añadieron como seguimientos.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Programme view</source>
        <translation>Vista del programa</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>The export as a whole</source>
        <translation>La exportación en conjunto</translation>
    </message>
    <message>
        <source>Exports your mentors sealed to your key. Mentees appear as Mentee A, B…; you never see who they are. Comment on any item, then send your reply back.</source>
        <translation>Exportaciones que tus mentores sellaron para tu llave. Las personas aparecen como Persona A, B…; nunca ves quiénes son. Comenta cualquier elemento y luego envía tu respuesta.</translation>
    </message>
    <message>
        <source>Open a mentor&apos;s export…</source>
        <translation>Abrir la exportación de un mentor…</translation>
    </message>
    <message>
        <source>Exports in your inbox</source>
        <translation>Exportaciones en tu bandeja</translation>
    </message>
    <message>
        <source>The export as the mentor previewed it</source>
        <translation>La exportación tal como la vio el mentor</translation>
    </message>
    <message>
        <source>Item to comment on</source>
        <translation>Elemento que comentar</translation>
    </message>
    <message>
        <source>Your comment or question for the mentor</source>
        <translation>Tu comentario o pregunta para el mentor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>An agreed action (it becomes a follow-up for the mentor)</source>
        <translation>Una acción acordada (se convierte en un seguimiento para el mentor)</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>Your comments on this export</source>
        <translation>Tus comentarios sobre esta exportación</translation>
    </message>
    <message>
        <source>Date of the supervision session</source>
        <translation>Fecha de la sesión de supervisión</translation>
    </message>
    <message>
        <source>Topics you talked about</source>
        <translation>Temas que hablaron</translation>
    </message>
    <message>
        <source>Topics of the supervision session</source>
        <translation>Temas de la sesión de supervisión</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Registrar sesión</translation>
    </message>
    <message>
        <source>Seal reply to the mentor…</source>
        <translation>Sellar la respuesta para el mentor…</translation>
    </message>
    <message>
        <source>Comment on</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <source>Session on</source>
        <translation>Sesión el</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>respondida</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source> to </source>
        <translation> a </translation>
    </message>
    <message>
        <source>No exports yet. When a mentor sends you a sealed export, open it here.</source>
        <translation>Todavía no hay exportaciones. Cuando un mentor te envíe una exportación sellada, ábrela aquí.</translation>
    </message>
    <message>
        <source> (agreed action)</source>
        <translation> (acción acordada)</translation>
    </message>
    <message>
        <source>Session on {held_on}: {v1}</source>
        <translation>Sesión del {held_on}: {v1}</translation>
    </message>
    <message>
        <source>(no topics)</source>
        <translation>(sin temas)</translation>
    </message>
    <message>
        <source>A mentor&apos;s sealed export</source>
        <translation>La exportación sellada de un mentor</translation>
    </message>
    <message>
        <source>Comment not added</source>
        <translation>No se añadió el comentario</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No se registró</translation>
    </message>
    <message>
        <source>Save the sealed reply</source>
        <translation>Guardar la respuesta sellada</translation>
    </message>
    <message>
        <source>Reply not written</source>
        <translation>No se escribió la respuesta</translation>
    </message>
    <message>
        <source>That file could not be written.</source>
        <translation>No se pudo escribir ese archivo.</translation>
    </message>
    <message>
        <source>Reply sealed</source>
        <translation>Respuesta sellada</translation>
    </message>
    <message>
        <source>Send {name} to the mentor; only their vault opens it.</source>
        <translation>Envía {name} al mentor; solo su caja fuerte puede abrirla.</translation>
    </message>
    <message>
        <source>All your mentors&apos; exports for a period, added together. Counts from 1 to 10 are hidden again, with other cells where they would give them away.</source>
        <translation>Todas las exportaciones de tus mentores de un periodo, sumadas. Los recuentos de 1 a 10 se vuelven a ocultar, junto con otras celdas que los delatarían.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>No exports from mentors cover this period yet.</source>
        <translation>Todavía no hay exportaciones de mentores que cubran este periodo.</translation>
    </message>
    <message>
        <source>{mentors} mentors, {packets} exports. Hours (from start and end times): {hours}.</source>
        <translation>{mentors} mentores, {packets} exportaciones. Horas (según las horas de inicio y fin): {hours}.</translation>
    </message>
    <message>
        <source>{domain}: {entries} entries, average {average}</source>
        <translation>{domain}: {entries} anotaciones, promedio {average}</translation>
    </message>
    <message>
        <source>Goal progress by life domain</source>
        <translation>Avance de las metas por área de vida</translation>
    </message>
    <message>
        <source>Save the programme view</source>
        <translation>Guardar la vista del programa</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source> If you have a backup, restoring it brings your notes back: close peerdesk and run “peerdesk restore” with your most recent backup file.</source>
        <translation> Si tienes una copia de seguridad, restaurarla recupera tus notas: cierra peerdesk y ejecuta «peerdesk restore» con tu copia más reciente.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock with this device</source>
        <translation>Desbloquear con este dispositivo</translation>
    </message>
    <message>
        <source>Type the recovery key from your recovery sheet.</source>
        <translation>Escribe la clave de recuperación de tu hoja de recuperación.</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Usar mi frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Your notes are locked. Type your passphrase to open them.</source>
        <translation>Tus notas están bloqueadas. Escribe tu frase de contraseña para abrirlas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Please read</source>
        <translation>Lee esto, por favor</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>{reason} Please wait {wait_left} {unit} before trying again.</source>
        <translation>{reason} Espera {wait_left} {unit} antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Type a time like 1400, 14:00 or 2pm.</source>
        <translation>Escribe una hora como 1400, 14:00 o 2pm.</translation>
    </message>
    <message>
        <source>“{v0}” is not a time. {HINT}</source>
        <translation>«{v0}» no es una hora. {HINT}</translation>
    </message>
    <message>
        <source>peerdesk public keys (*.pdkey);;All files (*)</source>
        <translation>Llaves públicas de peerdesk (*.pdkey);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Trust a key</source>
        <translation>Confiar en una llave</translation>
    </message>
    <message>
        <source>For example: My supervisor</source>
        <translation>Por ejemplo: Mi supervisora</translation>
    </message>
    <message>
        <source>Name for this key</source>
        <translation>Nombre para esta llave</translation>
    </message>
    <message>
        <source>Fingerprint of the key</source>
        <translation>Huella de la llave</translation>
    </message>
    <message>
        <source>Ask its owner to read their fingerprint to you, by phone or in person. Trust the key only if every group matches.</source>
        <translation>Pide a su dueño que te lea su huella, por teléfono o en persona. Confía en la llave solo si coinciden todos los grupos.</translation>
    </message>
    <message>
        <source>It matches: trust this key</source>
        <translation>Coincide: confiar en esta llave</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Keys for sealed packets</source>
        <translation>Llaves para paquetes sellados</translation>
    </message>
    <message>
        <source>Sealed packets travel as files (a USB stick, an e-mail attachment). Only the person whose key you trust can open what you seal, and you know a packet came from them. Read your fingerprint to them, and theirs back, before trusting.</source>
        <translation>Los paquetes sellados viajan como archivos (una memoria USB, un adjunto de correo). Solo la persona cuya llave aceptas puede abrir lo que sellas, y sabes que un paquete vino de ella. Léele tu huella y escucha la suya antes de confiar.</translation>
    </message>
    <message>
        <source>Your key&apos;s fingerprint</source>
        <translation>La huella de tu llave</translation>
    </message>
    <message>
        <source>Save my public key…</source>
        <translation>Guardar mi llave pública…</translation>
    </message>
    <message>
        <source>Trust someone&apos;s key…</source>
        <translation>Confiar en la llave de alguien…</translation>
    </message>
    <message>
        <source>Keys you trust</source>
        <translation>Llaves en las que confías</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>Dejar de confiar…</translation>
    </message>
    <message>
        <source>Nothing more can be sealed to the chosen key</source>
        <translation>Ya no se podrá sellar nada para la llave elegida</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Tu huella</translation>
    </message>
    <message>
        <source>No keys yet.</source>
        <translation>Todavía no hay llaves.</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Dejar de confiar</translation>
    </message>
    <message>
        <source>Stop trusting {name}&apos;s key? Nothing more can be sealed to it and replies signed with it are refused. You can trust it again from their key file.</source>
        <translation>¿Dejar de confiar en la llave de {name}? Ya no se podrá sellar nada para ella y se rechazarán las respuestas firmadas con ella. Puedes volver a confiar en ella desde su archivo de llave.</translation>
    </message>
    <message>
        <source>Still trusted</source>
        <translation>Sigue siendo de confianza</translation>
    </message>
    <message>
        <source>Save your public key</source>
        <translation>Guardar tu llave pública</translation>
    </message>
    <message>
        <source>That file could not be written; choose another folder.</source>
        <translation>No se pudo escribir ese archivo; elige otra carpeta.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Your public key is in {name}. It holds no secret.</source>
        <translation>Tu llave pública está en {name}. No contiene ningún secreto.</translation>
    </message>
    <message>
        <source>Their public key</source>
        <translation>Su llave pública</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Sin confianza</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Seguir el sistema ({language})</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Planificar una reunión</translation>
    </message>
    <message>
        <source>A group session</source>
        <translation>Una sesión de grupo</translation>
    </message>
    <message>
        <source>A place, a phone number, a video link…</source>
        <translation>Un lugar, un número de teléfono, un enlace de video…</translation>
    </message>
    <message>
        <source>What you plan to do together (optional)</source>
        <translation>Lo que piensan hacer juntos (opcional)</translation>
    </message>
    <message>
        <source>Times are on this computer&apos;s clock ({v0}); a weekly meeting keeps its time when the clocks change.</source>
        <translation>Las horas son las del reloj de esta computadora ({v0}); una reunión semanal mantiene su hora cuando cambia el horario de verano.</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>hora local</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Planificarla</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Two meetings at once</source>
        <translation>Dos reuniones a la vez</translation>
    </message>
    <message>
        <source>This overlaps with a meeting on {starts_at}{more}. Plan it anyway?</source>
        <translation>Se solapa con una reunión el {starts_at}{more}. ¿La planificas de todos modos?</translation>
    </message>
    <message>
        <source>Something went wrong; your notes are safe.

peerdesk noted what happened in its log (without any of your notes). If it keeps happening, lock the vault and start peerdesk again.</source>
        <translation>Algo salió mal; tus notas están a salvo.

peerdesk anotó lo que pasó en su registro (sin ninguna de tus notas). Si vuelve a pasar, bloquea la caja fuerte y abre peerdesk de nuevo.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <source>At least {minimum} characters; a few unrelated words work well, for example four words you can picture together but nobody would guess.</source>
        <translation>Al menos {minimum} caracteres; unas cuantas palabras sin relación funcionan bien, por ejemplo cuatro palabras que puedas imaginar juntas pero que nadie adivinaría.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>Débil: fácil de adivinar</translation>
    </message>
    <message>
        <source>Fair: add another unrelated word</source>
        <translation>Aceptable: añade otra palabra sin relación</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Only when nobody can see your screen</source>
        <translation>Solo cuando nadie pueda ver tu pantalla</translation>
    </message>
    <message>
        <source>This passphrase is weak: use it anyway</source>
        <translation>Esta frase de contraseña es débil: usarla de todos modos</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>This passphrase is weak: add a few more words, or tick “use it anyway” if you are sure.</source>
        <translation>Esta frase de contraseña es débil: añade unas cuantas palabras más, o marca «usarla de todos modos» si estás seguro.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
    <message>
        <source>{label}. The two entries differ.</source>
        <translation>{label}. Las dos entradas no coinciden.</translation>
    </message>
    <message>
        <source>Save new passphrase</source>
        <translation>Guardar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Saving… (this takes a moment on purpose: it slows down guessing)</source>
        <translation>Guardando… (tarda un momento a propósito: así cuesta más adivinarla)</translation>
    </message>
    <message>
        <source>Passphrase saved</source>
        <translation>Frase de contraseña guardada</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Use it the next time you unlock peerdesk.</source>
        <translation>Tu nueva frase de contraseña está guardada. Úsala la próxima vez que desbloquees peerdesk.</translation>
    </message>
    <message>
        <source>Choose a passphrase you have not used for this vault: someone may know the current one.</source>
        <translation>Elige una frase de contraseña que no hayas usado en esta caja fuerte: alguien puede conocer la actual.</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>You opened peerdesk with your recovery key. Please choose a new passphrase now; your recovery key keeps working as well.</source>
        <translation>Abriste peerdesk con tu clave de recuperación. Elige ahora una nueva frase de contraseña; tu clave de recuperación también sigue funcionando.</translation>
    </message>
    <message>
        <source>Please choose a new passphrase to continue.</source>
        <translation>Elige una nueva frase de contraseña para continuar.</translation>
    </message>
    <message>
        <source>Secure your vault</source>
        <translation>Protege tu caja fuerte</translation>
    </message>
    <message>
        <source>If someone may know your passphrase or have a copy of this vault, peerdesk changes three things together: your passphrase, the encryption key and your recovery key. A copy taken before now will no longer open this vault.</source>
        <translation>Si alguien puede conocer tu frase de contraseña o tener una copia de esta caja fuerte, peerdesk cambia tres cosas a la vez: tu frase de contraseña, la clave de cifrado y tu clave de recuperación. Una copia hecha antes de ahora ya no abrirá esta caja fuerte.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your notes stay as they are; only the passphrase that opens them changes. Your recovery key keeps working.</source>
        <translation>Tus notas quedan como están; solo cambia la frase de contraseña que las abre. Tu clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Also change the encryption key, so that backups made before now and the old passphrase cannot open this vault (you will get a new recovery key)</source>
        <translation>Cambiar también la clave de cifrado, para que las copias de seguridad hechas antes de ahora y la frase de contraseña anterior no puedan abrir esta caja fuerte (recibirás una nueva clave de recuperación)</translation>
    </message>
    <message>
        <source>Backups made before now still open with the old passphrase and show what the vault held then, so delete any copy you do not keep safe; nothing in them opens this vault any more.</source>
        <translation>Las copias de seguridad hechas antes de ahora se siguen abriendo con la frase de contraseña anterior y muestran lo que la caja fuerte tenía entonces, así que borra cualquier copia que no guardes en un lugar seguro; nada en ellas abre ya esta caja fuerte.</translation>
    </message>
    <message>
        <source>Change all three</source>
        <translation>Cambiar las tres</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Use it the next time you unlock peerdesk. Backups made before now still open with the old passphrase, and hold the key to this vault: if someone may know the old one, change the encryption key too.</source>
        <translation>Tu nueva frase de contraseña está guardada. Úsala la próxima vez que desbloquees peerdesk. Las copias de seguridad hechas antes de ahora todavía se abren con la frase anterior y contienen la clave de esta caja fuerte: si alguien puede conocer la anterior, cambia también la clave de cifrado.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Textphone / TTY</source>
        <translation>Teléfono de texto / TTY</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation>Ya no existe</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Cerrado temporalmente</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Editar servicio</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Añadir un servicio</translation>
    </message>
    <message>
        <source>What people call it, e.g. Riverside Food Bank</source>
        <translation>Cómo lo llama la gente, p. ej., Banco de Alimentos del Río</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Quién lo gestiona</translation>
    </message>
    <message>
        <source>What they offer, in plain words</source>
        <translation>Lo que ofrecen, en palabras sencillas</translation>
    </message>
    <message>
        <source>Who it is for, if anyone is left out</source>
        <translation>Para quién es, si alguien queda fuera</translation>
    </message>
    <message>
        <source>Free, or what it costs</source>
        <translation>Gratis, o lo que cuesta</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Your own notes (never exported)</source>
        <translation>Tus propias notas (nunca se exportan)</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nombre del servicio</translation>
    </message>
    <message>
        <source>What they offer</source>
        <translation>Lo que ofrecen</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactarlos</translation>
    </message>
    <message>
        <source>Number or short code</source>
        <translation>Número o código corto</translation>
    </message>
    <message>
        <source>Number {n}</source>
        <translation>Número {n}</translation>
    </message>
    <message>
        <source>Kind of number {n}</source>
        <translation>Tipo del número {n}</translation>
    </message>
    <message>
        <source>e.g. Text HOME to 741741</source>
        <translation>p. ej., Envía HOLA al 741741</translation>
    </message>
    <message>
        <source>About number {n}</source>
        <translation>Sobre el número {n}</translation>
    </message>
    <message>
        <source>Opening hours (tick the days they are open)</source>
        <translation>Horario (marca los días que abren)</translation>
    </message>
    <message>
        <source>{day} opens</source>
        <translation>{day}, abre</translation>
    </message>
    <message>
        <source>{day} closes</source>
        <translation>{day}, cierra</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Open 24 hours on the ticked days</source>
        <translation>Abierto las 24 horas los días marcados</translation>
    </message>
    <message>
        <source>Street and number (leave empty for phone-only services)</source>
        <translation>Calle y número (déjalo vacío si el servicio es solo por teléfono)</translation>
    </message>
    <message>
        <source>e.g. Bus 7 to Mill Street</source>
        <translation>p. ej., autobús 7 hasta la calle Molino</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Pueblo o ciudad</translation>
    </message>
    <message>
        <source>State / county</source>
        <translation>Estado / condado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>Cómo llegar</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Ayuda con</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Services with problems are left out; everything else is imported together, or nothing is.</source>
        <translation>Los servicios con problemas quedan fuera; todo lo demás se importa a la vez, o no se importa nada.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n service(s)</source>
        <translation>
            <numerusform>Importar %n servicio</numerusform>
            <numerusform>Importar %n servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problemas (%n)</numerusform>
            <numerusform>Problemas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to a service</source>
        <translation>Referir a un servicio</translation>
    </message>
    <message>
        <source>What they hope for, in their own words</source>
        <translation>Lo que esperan, con sus propias palabras</translation>
    </message>
    <message>
        <source>Remind me to follow up on</source>
        <translation>Recuérdame hacer seguimiento el</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Choose a mentee and a service.</source>
        <translation>Elige una persona y un servicio.</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <source>
&lt;p&gt;peerdesk keeps your mentees&apos; details and your session notes in an encrypted vault on this
computer. Nothing is sent anywhere.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;It protects you when&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;your laptop is lost or stolen: without your passphrase the vault is unreadable;&lt;/li&gt;
&lt;li&gt;you share a computer: peerdesk locks itself when you step away;&lt;/li&gt;
&lt;li&gt;something could slip out by accident: exports leave out names, logs never hold
notes, copied text is cleared from the clipboard, and names can be shown as initials
while you share your screen.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;It cannot protect you when&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;harmful software is running on your own account while the vault is unlocked;
keep your computer up to date and lock peerdesk when you are done;&lt;/li&gt;
&lt;li&gt;you forget your passphrase &lt;i&gt;and&lt;/i&gt; lose your recovery key: then nobody can open
the vault, not even the people who make peerdesk, and the notes are gone.&lt;/li&gt;
&lt;/ul&gt;
</source>
        <translation>
&lt;p&gt;peerdesk guarda los datos de las personas que acompañas y tus notas de sesión en una caja fuerte cifrada en esta
computadora. No se envía nada a ninguna parte.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Te protege cuando&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;pierdes o te roban el portátil: sin tu frase de contraseña la caja fuerte no se puede leer;&lt;/li&gt;
&lt;li&gt;compartes una computadora: peerdesk se bloquea cuando te alejas;&lt;/li&gt;
&lt;li&gt;algo podría escaparse sin querer: las exportaciones quitan los nombres, los registros nunca guardan
notas, el texto copiado se borra del portapapeles y los nombres pueden mostrarse como iniciales
mientras compartes pantalla.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;No puede protegerte cuando&lt;/b&gt;&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;hay software dañino funcionando en tu propia cuenta mientras la caja fuerte está abierta;
mantén tu computadora al día y bloquea peerdesk cuando termines;&lt;/li&gt;
&lt;li&gt;olvidas tu frase de contraseña &lt;i&gt;y&lt;/i&gt; pierdes tu clave de recuperación: entonces nadie puede abrir
la caja fuerte, ni siquiera quienes hacen peerdesk, y las notas se pierden.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>Welcome to peerdesk</source>
        <translation>Te damos la bienvenida a peerdesk</translation>
    </message>
    <message>
        <source>A private desk for your peer mentoring work. First, what it protects.</source>
        <translation>Un escritorio privado para tu trabajo de mentoría entre pares. Primero, lo que protege.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <source>This stays in your vault. Your name and organisation appear on what you choose to print or export for supervision. Everything except your name is optional.</source>
        <translation>Esto queda en tu caja fuerte. Tu nombre y tu organización aparecen en lo que decidas imprimir o exportar para supervisión. Todo es opcional salvo tu nombre.</translation>
    </message>
    <message>
        <source>The name you use at work</source>
        <translation>El nombre que usas en el trabajo</translation>
    </message>
    <message>
        <source>For example: peer mentor, peer support worker</source>
        <translation>Por ejemplo: mentora de pares, especialista de apoyo entre pares</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>The region decides which crisis and help lines come first.</source>
        <translation>La región decide qué líneas de crisis y de ayuda aparecen primero.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>You will type it each time you open peerdesk. Make it long rather than complicated, and use it nowhere else.</source>
        <translation>La escribirás cada vez que abras peerdesk. Mejor larga que complicada, y no la uses en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Crear mi caja fuerte</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only other way in. It is shown only now.</source>
        <translation>Si olvidas tu frase de contraseña, esta clave es la única otra forma de entrar. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Creating your encrypted vault…</source>
        <translation>Creando tu caja fuerte cifrada…</translation>
    </message>
    <message>
        <source>Print it or save it as a PDF, then keep the paper somewhere private, away from this computer. On the next page you will type part of it back.</source>
        <translation>Imprímela o guárdala como PDF, y guarda el papel en un lugar privado, lejos de esta computadora. En la página siguiente escribirás una parte.</translation>
    </message>
    <message>
        <source>Your vault is ready.</source>
        <translation>Tu caja fuerte está lista.</translation>
    </message>
    <message>
        <source>The vault could not be created. {exc}</source>
        <translation>No se pudo crear la caja fuerte. {exc}</translation>
    </message>
    <message>
        <source>Check your recovery key</source>
        <translation>Comprueba tu clave de recuperación</translation>
    </message>
    <message>
        <source>To be sure you have it, type two of its groups from your copy.</source>
        <translation>Para asegurarte de que la tienes, escribe dos de sus grupos a partir de tu copia.</translation>
    </message>
    <message>
        <source>You can go back to see the key again. Letters and digits, in any case.</source>
        <translation>Puedes volver atrás para ver la clave otra vez. Letras y números, en mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <source>Group {v0}</source>
        <translation>Grupo {v0}</translation>
    </message>
    <message>
        <source>Group {group}</source>
        <translation>Grupo {group}</translation>
    </message>
    <message>
        <source>{groups} does not match your recovery key. Check your copy (0 and O, 1 and I look alike).</source>
        <translation>{groups} no coincide con tu clave de recuperación. Revisa tu copia (0 y O, 1 e I se parecen).</translation>
    </message>
    <message>
        <source>{groups} do not match your recovery key. Check your copy (0 and O, 1 and I look alike).</source>
        <translation>{groups} no coinciden con tu clave de recuperación. Revisa tu copia (0 y O, 1 e I se parecen).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Casi listo</translation>
    </message>
    <message>
        <source>One last choice. You can change it later in Settings.</source>
        <translation>Una última elección. Puedes cambiarla después en Ajustes.</translation>
    </message>
    <message>
        <source>peerdesk can keep a key in this computer&apos;s secure keyring, so it opens without your passphrase while you are logged in to your own account. Leave this off on a shared or family computer.</source>
        <translation>peerdesk puede guardar una llave en el llavero seguro de esta computadora para abrirse sin tu frase de contraseña mientras tengas abierta tu propia cuenta. Déjalo desactivado en una computadora compartida o familiar.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring that peerdesk can use, so you will type your passphrase each time. That is the safest way anyway.</source>
        <translation>Esta computadora no tiene un llavero seguro que peerdesk pueda usar, así que escribirás tu frase de contraseña cada vez. De todos modos, es lo más seguro.</translation>
    </message>
    <message>
        <source>Set up peerdesk</source>
        <translation>Configurar peerdesk</translation>
    </message>
    <message>
        <source>Open peerdesk</source>
        <translation>Abrir peerdesk</translation>
    </message>
    <message>
        <source>Nothing noted yet.</source>
        <translation>Todavía no hay nada anotado.</translation>
    </message>
    <message>
        <source>No progress noted yet. Add the first entry together.</source>
        <translation>Todavía no hay avances anotados. Añadan juntos la primera entrada.</translation>
    </message>
    <message>
        <source>{score} in {month}</source>
        <translation>{score} en {month}</translation>
    </message>
    <message>
        <source>{score} now</source>
        <translation>{score} ahora</translation>
    </message>
    <message>
        <source>Progress on “{goal}”: {points}.</source>
        <translation>Avance en «{goal}»: {points}.</translation>
    </message>
    <message>
        <source>No check-ins yet. They are optional.</source>
        <translation>Todavía no hay chequeos. Son opcionales.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Todavía no hay metas.</translation>
    </message>
    <message>
        <source>peerdesk recovery sheet</source>
        <translation>Hoja de recuperación de peerdesk</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Seguir al sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>[date]</source>
        <translation>[fecha]</translation>
    </message>
    <message>
        <source>[PERSON]</source>
        <translation>[PERSONA]</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NOMBRE]</translation>
    </message>
    <message>
        <source>[PHONE]</source>
        <translation>[TELÉFONO]</translation>
    </message>
    <message>
        <source>[EMAIL]</source>
        <translation>[CORREO]</translation>
    </message>
    <message>
        <source>[URL]</source>
        <translation>[WEB]</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[IDENTIFICADOR]</translation>
    </message>
    <message>
        <source>[ZIP]</source>
        <translation>[CÓDIGO POSTAL]</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>[código postal]</translation>
    </message>
    <message>
        <source>[ADDRESS]</source>
        <translation>[DIRECCIÓN]</translation>
    </message>
    <message>
        <source>[place]</source>
        <translation>[lugar]</translation>
    </message>
    <message>
        <source>[organisation]</source>
        <translation>[organización]</translation>
    </message>
    <message>
        <source>[REDACTED]</source>
        <translation>[OCULTO]</translation>
    </message>
    <message>
        <source>Mentee {letter}</source>
        <translation>Persona {letter}</translation>
    </message>
    <message>
        <source>in their {decade}s</source>
        <translation>{decade} y tantos años</translation>
    </message>
    <message>
        <source>{decade}s-year-old</source>
        <translation>de {decade} y tantos años</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <translation>{decade} y tantos</translation>
    </message>
    <message>
        <source>{decade}-something</source>
        <translation>{decade} y tantos</translation>
    </message>
    <message>
        <source>an age under 10</source>
        <translation>una edad de menos de 10</translation>
    </message>
    <message>
        <source>an age in their teens</source>
        <translation>una edad de entre 10 y 19</translation>
    </message>
    <message>
        <source>90+</source>
        <translation>90 o más</translation>
    </message>
    <message>
        <source>over 89</source>
        <translation>más de 89</translation>
    </message>
    <message>
        <source>under 10</source>
        <translation>menos de 10</translation>
    </message>
    <message>
        <source>under 1 year old</source>
        <translation>menos de un año</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>peerdesk locks itself when nobody has used it for this long.</source>
        <translation>peerdesk se bloquea solo cuando nadie lo ha usado durante este tiempo.</translation>
    </message>
    <message>
        <source>Show names as initials</source>
        <translation>Mostrar los nombres como iniciales</translation>
    </message>
    <message>
        <source>Useful when sharing your screen in supervision.</source>
        <translation>Útil al compartir pantalla en supervisión.</translation>
    </message>
    <message>
        <source>Region for the resource directory</source>
        <translation>Región para el directorio de recursos</translation>
    </message>
    <message>
        <source>Which country&apos;s crisis and help lines to show first.</source>
        <translation>De qué país mostrar primero las líneas de crisis y de ayuda.</translation>
    </message>
    <message>
        <source>Ask me to re-check a directory entry after this many months</source>
        <translation>Pedirme que vuelva a comprobar una entrada del directorio tras estos meses</translation>
    </message>
    <message>
        <source>Services not verified for this long are flagged, so you can check the number and the hours are still right before you refer someone.</source>
        <translation>Los servicios sin verificar durante este tiempo se señalan, para que compruebes que el número y el horario siguen bien antes de referir a alguien.</translation>
    </message>
    <message>
        <source>Suggest person-centred words while I write</source>
        <translation>Sugerir palabras centradas en la persona mientras escribo</translation>
    </message>
    <message>
        <source>Gently underlines clinical or deficit words in session notes and offers alternatives. It never blocks saving.</source>
        <translation>Subraya con suavidad las palabras clínicas o de déficit en las notas de sesión y ofrece alternativas. Nunca impide guardar.</translation>
    </message>
    <message>
        <source>Offer a short check-in after hard sessions</source>
        <translation>Ofrecer un chequeo breve después de sesiones difíciles</translation>
    </message>
    <message>
        <source>After a crisis session, a safety concern or an out-of-hours contact, peerdesk offers two quick questions for you. Never required.</source>
        <translation>Después de una sesión de crisis, una preocupación por la seguridad o un contacto fuera de horario, peerdesk te ofrece dos preguntas rápidas. Nunca es obligatorio.</translation>
    </message>
    <message>
        <source>My usual hours start at</source>
        <translation>Mi horario habitual empieza a las</translation>
    </message>
    <message>
        <source>Contacts before this hour count as out of hours in the caseload view.</source>
        <translation>Los contactos antes de esta hora cuentan como fuera de horario en la vista de carga de trabajo.</translation>
    </message>
    <message>
        <source>My usual hours end at</source>
        <translation>Mi horario habitual termina a las</translation>
    </message>
    <message>
        <source>Contacts from this hour on count as out of hours in the caseload view.</source>
        <translation>Los contactos desde esta hora cuentan como fuera de horario en la vista de carga de trabajo.</translation>
    </message>
    <message>
        <source>Hide small counts in supervision exports up to</source>
        <translation>Ocultar en las exportaciones de supervisión los recuentos de hasta</translation>
    </message>
    <message>
        <source>Counts from 1 to this number show as &quot;&lt;11&quot; (for 10) in supervision exports, so nobody can be recognised from small numbers.</source>
        <translation>Los recuentos de 1 hasta este número aparecen como &quot;&lt;11&quot; (para 10) en las exportaciones de supervisión, para que nadie pueda ser reconocido por números pequeños.</translation>
    </message>
    <message>
        <source>Mention a goal on Today after this many quiet weeks</source>
        <translation>Mencionar una meta en Hoy tras estas semanas sin movimiento</translation>
    </message>
    <message>
        <source>An active goal with no progress entry for this long shows gently on Today, as a prompt to check in about it together.</source>
        <translation>Una meta activa sin avances anotados durante este tiempo aparece con suavidad en Hoy, como recordatorio para hablarla juntos.</translation>
    </message>
    <message>
        <source>Show names in desktop notifications</source>
        <translation>Mostrar nombres en las notificaciones del escritorio</translation>
    </message>
    <message>
        <source>Off: a notification says only “A meeting in 15 minutes”. On: it names the person, which anyone glancing at your screen can read.</source>
        <translation>Desactivado: una notificación solo dice «Una reunión en 15 minutos». Activado: nombra a la persona, y cualquiera que mire tu pantalla puede leerlo.</translation>
    </message>
    <message>
        <source>Documentation profile</source>
        <translation>Perfil de documentación</translation>
    </message>
    <message>
        <source>What your programme asks each session note to carry. peerdesk shows a short checklist before you sign, and lists gaps in the documentation review.</source>
        <translation>Lo que tu programa pide que lleve cada nota de sesión. peerdesk muestra una lista breve antes de firmar y señala lo que falta en la revisión de la documentación.</translation>
    </message>
    <message>
        <source>Keep records of people who ended for (months; 0 = no limit)</source>
        <translation>Conservar los registros de personas que terminaron durante (meses; 0 = sin límite)</translation>
    </message>
    <message>
        <source>Your programme&apos;s rule for how long records are kept after someone stops. People who ended longer ago are listed for you to review; nothing is deleted without you confirming it.</source>
        <translation>La norma de tu programa sobre cuánto tiempo se conservan los registros cuando alguien termina. Las personas que terminaron hace más tiempo aparecen para que las revises; no se borra nada sin que lo confirmes.</translation>
    </message>
    <message>
        <source>Mention unsigned drafts older than (days)</source>
        <translation>Mencionar borradores sin firmar de más de (días)</translation>
    </message>
    <message>
        <source>The documentation review lists drafts left unsigned for longer than this.</source>
        <translation>La revisión de la documentación señala los borradores que llevan sin firmar más de este tiempo.</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>práctico</translation>
    </message>
    <message>
        <source>emotional</source>
        <translation>emocional</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerido</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contactado</translation>
    </message>
    <message>
        <source>appointment made</source>
        <translation>cita concertada</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>did not connect</source>
        <translation>no llegó a conectar</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>vivienda</translation>
    </message>
    <message>
        <source>getting around</source>
        <translation>moverse y transporte</translation>
    </message>
    <message>
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <source>health and wellbeing</source>
        <translation>salud y bienestar</translation>
    </message>
    <message>
        <source>work and learning</source>
        <translation>trabajo y aprendizaje</translation>
    </message>
    <message>
        <source>relationships and family</source>
        <translation>relaciones y familia</translation>
    </message>
    <message>
        <source>community and belonging</source>
        <translation>comunidad y pertenencia</translation>
    </message>
    <message>
        <source>daily living</source>
        <translation>vida diaria</translation>
    </message>
    <message>
        <source>self-care</source>
        <translation>autocuidado</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>lograda</translation>
    </message>
    <message>
        <source>let go</source>
        <translation>dejada ir</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>out of hours</source>
        <translation>fuera de horario</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>regalo</translation>
    </message>
    <message>
        <source>money request</source>
        <translation>petición de dinero</translation>
    </message>
    <message>
        <source>dual relationship</source>
        <translation>relación dual</translation>
    </message>
    <message>
        <source>dependency sign</source>
        <translation>señal de dependencia</translation>
    </message>
    <message>
        <source>over-sharing</source>
        <translation>compartir de más</translation>
    </message>
    <message>
        <source>over-identification</source>
        <translation>identificarse de más</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>fortnightly</source>
        <translation>cada dos semanas</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>horario</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>service at location</source>
        <translation>servicio en un lugar</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>atributo</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation>accesibilidad</translation>
    </message>
    <message>
        <source>service area</source>
        <translation>zona de servicio</translation>
    </message>
    <message>
        <source>cost option</source>
        <translation>opción de costo</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financiación</translation>
    </message>
    <message>
        <source>required document</source>
        <translation>documento requerido</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>url</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <source>taxonomy term</source>
        <translation>término de la taxonomía</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>{count} services had no status; they are imported as active.</source>
        <translation>{count} servicios no tenían estado; se importan como activos.</translation>
    </message>
    <message>
        <source>{count} addresses had no country; {region} (your region) was used.</source>
        <translation>{count} direcciones no tenían país; se usó {region} (tu región).</translation>
    </message>
    <message>
        <source>{count} organizations or taxonomy terms had no description; left empty.</source>
        <translation>{count} organizaciones o términos de la taxonomía no tenían descripción; se dejó vacía.</translation>
    </message>
    <message>
        <source>{count} addresses had no state or province, or no postal code (common outside the US); each is kept without it.</source>
        <translation>{count} direcciones no tenían estado o provincia, o código postal (es habitual fuera de EE. UU.); cada una se conserva sin ese dato.</translation>
    </message>
    <message>
        <source>{count} nested records had no id; each was given one from its place in the file.</source>
        <translation>{count} registros anidados no tenían id; cada uno recibió uno según su lugar en el archivo.</translation>
    </message>
    <message>
        <source>{count} web addresses had no scheme (www.example.org); http:// was added.</source>
        <translation>{count} direcciones web no tenían esquema (www.example.org); se añadió http://.</translation>
    </message>
    <message>
        <source>{count} opening times were written in 12-hour or other forms; read as 24-hour.</source>
        <translation>{count} horas de apertura estaban escritas en formato de 12 horas u otro; se leyeron en formato de 24 horas.</translation>
    </message>
    <message>
        <source>{count} services named no organization that is in the file or the directory; each is listed under an organization with the service&apos;s name.</source>
        <translation>{count} servicios no nombraban ninguna organización del archivo ni del directorio; cada uno aparece bajo una organización con el nombre del servicio.</translation>
    </message>
    <message>
        <source>{count} phones or schedules appear under more than one service or location with the same id; each is kept once, with the first record that lists it.</source>
        <translation>{count} teléfonos u horarios aparecen en más de un servicio o lugar con el mismo id; cada uno se guarda una sola vez, con el primer registro que lo incluye.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>is not a time of day (HH:MM:SS)</source>
        <translation>no es una hora del día (HH:MM:SS)</translation>
    </message>
    <message>
        <source>is needed with {other}</source>
        <translation>hace falta junto con {other}</translation>
    </message>
    <message>
        <source>is the same as {other}</source>
        <translation>es igual que {other}</translation>
    </message>
    <message>
        <source>is before valid_from</source>
        <translation>es anterior a valid_from</translation>
    </message>
    <message>
        <source>must be day codes such as MO,TU or 1SA</source>
        <translation>deben ser códigos de días como MO,TU o 1SA</translation>
    </message>
    <message>
        <source>{reason}; left out</source>
        <translation>{reason}; se dejó fuera</translation>
    </message>
    <message>
        <source>{reason}; this {what} was left out</source>
        <translation>{reason}; se dejó fuera este elemento ({what})</translation>
    </message>
    <message>
        <source>no organization with this id</source>
        <translation>no hay ninguna organización con este id</translation>
    </message>
    <message>
        <source>no location with this id; this service at location was left out</source>
        <translation>no hay ningún lugar con este id; se dejó fuera este servicio en un lugar</translation>
    </message>
    <message>
        <source>no organization with this id; the location is kept without it</source>
        <translation>no hay ninguna organización con este id; el lugar se guarda sin ella</translation>
    </message>
    <message>
        <source>no taxonomy term with this id; this attribute was left out</source>
        <translation>no hay ningún término de la taxonomía con este id; se dejó fuera este atributo</translation>
    </message>
    <message>
        <source>names no taxonomy term; this attribute was left out</source>
        <translation>no nombra ningún término de la taxonomía; se dejó fuera este atributo</translation>
    </message>
    <message>
        <source>is the id of an earlier service ({file} row {row}); the first one is kept</source>
        <translation>es el id de un servicio anterior ({file}, fila {row}); se guarda el primero</translation>
    </message>
    <message>
        <source>{count} ids were not UUIDs (older HSDS); each was given a stable UUID, so importing the same file again updates rather than duplicates.</source>
        <translation>{count} ids no eran UUID (HSDS antiguo); cada uno recibió un UUID estable, así que importar el mismo archivo otra vez actualiza en lugar de duplicar.</translation>
    </message>
    <message>
        <source>, and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>{count} field not kept (peerdesk&apos;s directory does not hold it): {listed}{more}.</source>
        <translation>{count} campo no guardado (el directorio de peerdesk no lo admite): {listed}{more}.</translation>
    </message>
    <message>
        <source>{count} fields not kept (peerdesk&apos;s directory does not hold them): {listed}{more}.</source>
        <translation>{count} campos no guardados (el directorio de peerdesk no los admite): {listed}{more}.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mensaje de texto</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>one-to-one</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>practical support</source>
        <translation>apoyo práctico</translation>
    </message>
    <message>
        <source>emotional support</source>
        <translation>apoyo emocional</translation>
    </message>
    <message>
        <source>advocacy</source>
        <translation>defensa de derechos</translation>
    </message>
    <message>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <source>crisis support</source>
        <translation>apoyo en crisis</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>chequeo</translation>
    </message>
    <message>
        <source>What they wanted</source>
        <translation>Lo que quería</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Lo que hicimos</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Contact outside agreed hours</source>
        <translation>Contacto fuera del horario acordado</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Money request</source>
        <translation>Petición de dinero</translation>
    </message>
    <message>
        <source>Dual relationship</source>
        <translation>Relación dual</translation>
    </message>
    <message>
        <source>Sign of dependency</source>
        <translation>Señal de dependencia</translation>
    </message>
    <message>
        <source>Over-sharing</source>
        <translation>Compartir de más</translation>
    </message>
    <message>
        <source>Over-identification</source>
        <translation>Identificarse de más</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Algo distinto</translation>
    </message>
    <message>
        <source>Activity summary</source>
        <translation>Resumen de la actividad</translation>
    </message>
    <message>
        <source>Notes flagged for supervision</source>
        <translation>Notas marcadas para supervisión</translation>
    </message>
    <message>
        <source>So that nobody can be recognised from a small number, no count from 1 to {t} is shown on its own: small groups are joined with others, or only the total is given.</source>
        <translation>Para que nadie pueda ser reconocido por un número pequeño, ninguna cifra de 1 a {t} aparece sola: los grupos pequeños se juntan con otros, o solo se da el total.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>events</source>
        <translation>momentos</translation>
    </message>
    <message>
        <source>boundary_events</source>
        <translation>momentos de límites</translation>
    </message>
    <message>
        <source>selfcare</source>
        <translation>autocuidado</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>chequeos</translation>
    </message>
    <message>
        <source>average energy</source>
        <translation>energía media</translation>
    </message>
    <message>
        <source>average mood</source>
        <translation>ánimo medio</translation>
    </message>
    <message>
        <source>average strain</source>
        <translation>carga media</translation>
    </message>
    <message>
        <source>note {number} ({label})</source>
        <translation>nota {number} ({label})</translation>
    </message>
    <message>
        <source>Choose Redact it to hide it and preview again.</source>
        <translation>Elige Ocultarlo para ocultarlo y vuelve a ver la vista previa.</translation>
    </message>
    <message>
        <source>Change that detail in the mentee&apos;s record, then export again.</source>
        <translation>Cambia ese dato en la ficha de la persona y vuelve a exportar.</translation>
    </message>
    <message>
        <source>The export was stopped because {kind} still appears in {field}. {how}</source>
        <translation>La exportación se detuvo porque todavía aparece {kind} en {field}. {how}</translation>
    </message>
    <message>
        <source>The export was stopped because {kind} still appears. {how}</source>
        <translation>La exportación se detuvo porque todavía aparece {kind}. {how}</translation>
    </message>
    <message>
        <source>a mentee&apos;s name</source>
        <translation>el nombre de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s full name</source>
        <translation>el nombre completo de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s alias</source>
        <translation>otro nombre de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s email</source>
        <translation>el correo electrónico de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s phone number</source>
        <translation>el teléfono de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s address</source>
        <translation>la dirección de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s street</source>
        <translation>la calle de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s street address</source>
        <translation>la calle y el número de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s town</source>
        <translation>la localidad de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s town or city</source>
        <translation>la localidad o ciudad de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s ZIP code</source>
        <translation>el código postal (ZIP) de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s postcode</source>
        <translation>el código postal de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s ZIP or postcode</source>
        <translation>el código postal de una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s birth date</source>
        <translation>la fecha de nacimiento de una persona acompañada</translation>
    </message>
    <message>
        <source>an important person&apos;s name</source>
        <translation>el nombre de una persona importante</translation>
    </message>
    <message>
        <source>an important person&apos;s contact</source>
        <translation>el contacto de una persona importante</translation>
    </message>
    <message>
        <source>a sharing consent&apos;s name</source>
        <translation>un nombre de un consentimiento para compartir</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>Choose a format: PDF, Markdown, CSV or JSON.</source>
        <translation>Elige un formato: PDF, Markdown, CSV o JSON.</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the two dates.</source>
        <translation>El periodo termina antes de empezar; revisa las dos fechas.</translation>
    </message>
    <message>
        <source>Choose at least one section to export.</source>
        <translation>Elige al menos una sección para exportar.</translation>
    </message>
    <message>
        <source>Supervision summary</source>
        <translation>Resumen para supervisión</translation>
    </message>
    <message>
        <source>{period} · de-identified: mentees appear as Mentee A, Mentee B…, other people as [PERSON]</source>
        <translation>{period} · sin datos identificativos: las personas acompañadas aparecen como Persona A, Persona B…; las demás personas, como [PERSONA]</translation>
    </message>
    <message>
        <source>Made with peerdesk in {month}. Counts from 1 to {threshold} show as &quot;&lt;{shown}&quot; so that nobody can be recognised from small numbers.</source>
        <translation>Hecho con peerdesk en {month}. Las cifras de 1 a {threshold} aparecen como &quot;&lt;{shown}&quot; para que nadie pueda ser reconocido por números pequeños.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Hours (from start and end times)</source>
        <translation>Horas (según las horas de inicio y fin)</translation>
    </message>
    <message>
        <source>By how we met</source>
        <translation>Según cómo nos vimos</translation>
    </message>
    <message>
        <source>By kind of session</source>
        <translation>Según el tipo de sesión</translation>
    </message>
    <message>
        <source>{names} and {last} together</source>
        <translation>{names} y {last}, juntos</translation>
    </message>
    <message>
        <source>about {hours}</source>
        <translation>unas {hours}</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translation>entre {low} y {high}</translation>
    </message>
    <message>
        <source>under 5</source>
        <translation>menos de 5</translation>
    </message>
    <message>
        <source>No notes in this period were flagged for supervision.</source>
        <translation>En este periodo no se marcó ninguna nota para supervisión.</translation>
    </message>
    <message>
        <source>safety concern noted</source>
        <translation>se anotó una preocupación por la seguridad</translation>
    </message>
    <message>
        <source>Note {number}: {details}</source>
        <translation>Nota {number}: {details}</translation>
    </message>
    <message>
        <source>Addendum ({month})</source>
        <translation>Anexo ({month})</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>The export was stopped: peerdesk could not read the finished file back to check it. Nothing was written.</source>
        <translation>La exportación se detuvo: peerdesk no pudo volver a leer el archivo terminado para comprobarlo. No se guardó nada.</translation>
    </message>
    <message>
        <source>The export was stopped: the PDF&apos;s text could not be checked. Nothing was written; try Markdown instead.</source>
        <translation>La exportación se detuvo: no se pudo comprobar el texto del PDF. No se guardó nada; prueba con Markdown.</translation>
    </message>
    <message>
        <source>The export was stopped by an internal check. Nothing was written.</source>
        <translation>La exportación se detuvo por una comprobación interna. No se guardó nada.</translation>
    </message>
    <message>
        <source>{reason} Nothing was written.</source>
        <translation>{reason} No se guardó nada.</translation>
    </message>
    <message>
        <source>Boundary events by kind</source>
        <translation>Momentos de límites por tipo</translation>
    </message>
    <message>
        <source>No boundary events were logged in this period.</source>
        <translation>En este periodo no se registró ningún momento de límites.</translation>
    </message>
    <message>
        <source>How often something touched an agreed boundary, by kind, across the mentees in this summary. Small counts are hidden.</source>
        <translation>Cuántas veces algo tocó un límite acordado, por tipo, entre las personas de este resumen. Las cifras pequeñas no se muestran.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>My self-care (averages only)</source>
        <translation>Mi autocuidado (solo promedios)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>cada dos semanas</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message>
        <source>Choose who the meeting is with (or mark it as a group).</source>
        <translation>Elige con quién es el encuentro (o márcalo como grupo).</translation>
    </message>
    <message>
        <source>A meeting lasts between 5 minutes and 8 hours.</source>
        <translation>Un encuentro dura entre 5 minutos y 8 horas.</translation>
    </message>
    <message>
        <source>That time zone is not known; please choose one from the list.</source>
        <translation>Esa zona horaria no se conoce; elige una de la lista.</translation>
    </message>
    <message>
        <source>That date is more than a year ago; please check the year. To record a meeting that already happened, write a session note instead.</source>
        <translation>Esa fecha es de hace más de un año; revisa el año. Para registrar un encuentro que ya tuvo lugar, escribe una nota de sesión.</translation>
    </message>
    <message>
        <source>That date is more than two years ahead; please check the year.</source>
        <translation>Esa fecha está a más de dos años; revisa el año.</translation>
    </message>
    <message>
        <source>Please keep the place and the purpose to a few lines.</source>
        <translation>Deja el lugar y el propósito en unas pocas líneas.</translation>
    </message>
    <message>
        <source>A repeating meeting needs an end: a last date, or a number of meetings (up to a year ahead). You can always plan more later.</source>
        <translation>Un encuentro que se repite necesita un final: una última fecha o un número de encuentros (hasta un año). Siempre puedes planear más después.</translation>
    </message>
    <message>
        <source>The last date is before the first meeting; please check it.</source>
        <translation>La última fecha es anterior al primer encuentro; revísala.</translation>
    </message>
    <message>
        <source>Repeating meetings can be planned up to a year ahead. Choose an earlier last date; you can plan more later.</source>
        <translation>Los encuentros que se repiten se pueden planear hasta un año por delante. Elige una última fecha anterior; puedes planear más después.</translation>
    </message>
    <message>
        <source>That mentee is no longer in the vault.</source>
        <translation>Esa persona ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>That meeting is no longer planned.</source>
        <translation>Ese encuentro ya no está planeado.</translation>
    </message>
    <message>
        <source>That meeting is no longer planned on that day.</source>
        <translation>Ese encuentro ya no está planeado ese día.</translation>
    </message>
    <message>
        <source>That note is no longer in the vault.</source>
        <translation>Esa nota ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>Today {start:%H:%M}–{end:%H:%M}</source>
        <translation>Hoy {start:%H:%M}–{end:%H:%M}</translation>
    </message>
    <message>
        <source>Tomorrow {start:%H:%M}–{end:%H:%M}</source>
        <translation>Mañana {start:%H:%M}–{end:%H:%M}</translation>
    </message>
    <message>
        <source>{day:%a %d %b} {start:%H:%M}–{end:%H:%M}</source>
        <translation>{day:%a %d %b} {start:%H:%M}–{end:%H:%M}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Supervisor&apos;s contact</source>
        <translation>Contacto de supervisión</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Your name is needed: it is the signature line on signed notes.</source>
        <translation>Hace falta tu nombre: es la línea de firma de las notas firmadas.</translation>
    </message>
    <message>
        <source>Usual hours end after they start, for example 9 to 17.</source>
        <translation>El horario habitual termina después de empezar, por ejemplo de 9 a 17.</translation>
    </message>
    <message>
        <source>Nothing is waiting for you today: every note is signed and no follow-up is due. Take a breath: this is a good moment for a cup of tea, or for yourself.</source>
        <translation>Hoy no te espera nada: todas las notas están firmadas y no toca ningún seguimiento. Respira: es un buen momento para un café o un té, o para ti.</translation>
    </message>
    <message>
        <source>Add your first mentee</source>
        <translation>Añade a la primera persona que acompañas</translation>
    </message>
    <message>
        <source>The name they like to be called is enough to begin.</source>
        <translation>Para empezar basta con el nombre con el que le gusta que le llamen.</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Escribe una nota</translation>
    </message>
    <message>
        <source>After you meet, write what they wanted, what you did and how it went. Ctrl+N starts one from anywhere.</source>
        <translation>Después de verse, escribe lo que quería, lo que hicieron y cómo fue. Ctrl+N empieza una desde cualquier sitio.</translation>
    </message>
    <message>
        <source>Welcome to peerdesk. Start by adding your first mentee.</source>
        <translation>Te damos la bienvenida a peerdesk. Empieza añadiendo a la primera persona que acompañas.</translation>
    </message>
    <message>
        <source>No session notes yet. Write your first one after you meet.</source>
        <translation>Todavía no hay notas de sesión. Escribe la primera después de verse.</translation>
    </message>
    <message>
        <source>{when} · {how}</source>
        <translation>{when} · {how}</translation>
    </message>
    <message>
        <source>{title} · group</source>
        <translation>{title} · grupo</translation>
    </message>
    <message>
        <source>Note written. {purpose}</source>
        <translation>Nota escrita. {purpose}</translation>
    </message>
    <message>
        <source>{day:%a %d %b} · {kind}</source>
        <translation>{day:%a %d %b} · {kind}</translation>
    </message>
    <message>
        <source>{when:%a %d %b %H:%M} · note missing</source>
        <translation>{when:%a %d %b %H:%M} · falta la nota</translation>
    </message>
    <message>
        <source>Write it while it is fresh, or set it aside if the meeting did not happen.</source>
        <translation>Escríbela mientras lo tienes fresco, o déjala a un lado si la reunión no se hizo.</translation>
    </message>
    <message>
        <source>How did the referral to {service} go?</source>
        <translation>¿Cómo fue el referido a {service}?</translation>
    </message>
    <message>
        <source>The agreement&apos;s review is due</source>
        <translation>Toca revisar el acuerdo</translation>
    </message>
    <message>
        <source>The agreement&apos;s review is on {day:%d %b}</source>
        <translation>La revisión del acuerdo es el {day:%d %b}</translation>
    </message>
    <message>
        <source>A good moment to ask how it is working for you both.</source>
        <translation>Un buen momento para preguntar cómo les está funcionando a los dos.</translation>
    </message>
    <message>
        <source>Your supervisor replied (1 comment)</source>
        <translation>Tu supervisión respondió (1 comentario)</translation>
    </message>
    <message>
        <source>Your supervisor replied ({count} comments)</source>
        <translation>Tu supervisión respondió ({count} comentarios)</translation>
    </message>
    <message>
        <source>Their comments show beside the notes they are about.</source>
        <translation>Sus comentarios aparecen junto a las notas de las que tratan.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>sugerido</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>contactado</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>cita pedida</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>Did not connect</source>
        <translation>no se concretó</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>decidió no ir</translation>
    </message>
    <message>
        <source>The referral date is in the future; please check it.</source>
        <translation>La fecha de la derivación está en el futuro; revísala.</translation>
    </message>
    <message>
        <source>The follow-up date is before the referral; please check it.</source>
        <translation>La fecha del seguimiento es anterior a la derivación; revísala.</translation>
    </message>
    <message>
        <source>That mentee is not in the vault.</source>
        <translation>Esa persona no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>That session note is not in the vault.</source>
        <translation>Esa nota de sesión no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>That referral is no longer in the vault.</source>
        <translation>Esa derivación ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Caja fuerte creada</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Caja fuerte abierta</translation>
    </message>
    <message>
        <source>Unlock attempts that failed</source>
        <translation>Intentos fallidos de abrirla</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>New recovery key made</source>
        <translation>Nueva clave de recuperación creada</translation>
    </message>
    <message>
        <source>Encryption key rotated</source>
        <translation>Llave de cifrado renovada</translation>
    </message>
    <message>
        <source>This device remembered</source>
        <translation>Este dispositivo recordado</translation>
    </message>
    <message>
        <source>This device forgotten</source>
        <translation>Este dispositivo olvidado</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Vault restored from a backup</source>
        <translation>Caja fuerte restaurada desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Vault upgraded to a new version</source>
        <translation>Caja fuerte actualizada a una nueva versión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Brought back from the archive</source>
        <translation>Recuperado del archivo</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Addendum added</source>
        <translation>Anexo añadido</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>A person&apos;s whole record erased</source>
        <translation>Borrado todo el registro de una persona</translation>
    </message>
    <message>
        <source>a session note</source>
        <translation>una nota de sesión</translation>
    </message>
    <message>
        <source>a mentee</source>
        <translation>una persona acompañada</translation>
    </message>
    <message>
        <source>a mentee&apos;s own record</source>
        <translation>el registro propio de una persona acompañada</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>una meta</translation>
    </message>
    <message>
        <source>a boundary agreement</source>
        <translation>un acuerdo de límites</translation>
    </message>
    <message>
        <source>a boundary event</source>
        <translation>un hecho sobre los límites</translation>
    </message>
    <message>
        <source>a crisis card</source>
        <translation>una tarjeta de crisis</translation>
    </message>
    <message>
        <source>a referral</source>
        <translation>un referido</translation>
    </message>
    <message>
        <source>a planned meeting</source>
        <translation>una reunión planificada</translation>
    </message>
    <message>
        <source>a self-care check-in</source>
        <translation>un chequeo de autocuidado</translation>
    </message>
    <message>
        <source>the resource directory</source>
        <translation>el directorio de recursos</translation>
    </message>
    <message>
        <source>a directory service</source>
        <translation>un servicio del directorio</translation>
    </message>
    <message>
        <source>a supervision export</source>
        <translation>una exportación para supervisión</translation>
    </message>
    <message>
        <source>a supervision session</source>
        <translation>una sesión de supervisión</translation>
    </message>
    <message>
        <source>a supervision comment</source>
        <translation>un comentario de supervisión</translation>
    </message>
    <message>
        <source>a reply to your supervisor</source>
        <translation>una respuesta a tu supervisora o supervisor</translation>
    </message>
    <message>
        <source>a packet from your supervisor</source>
        <translation>un paquete de tu supervisora o supervisor</translation>
    </message>
    <message>
        <source>a sealed packet</source>
        <translation>un paquete sellado</translation>
    </message>
    <message>
        <source>a trusted person&apos;s key</source>
        <translation>la llave de una persona de confianza</translation>
    </message>
    <message>
        <source>this vault&apos;s own key</source>
        <translation>la llave propia de esta caja fuerte</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>tu perfil</translation>
    </message>
    <message>
        <source>the whole vault</source>
        <translation>toda la caja fuerte</translation>
    </message>
    <message>
        <source>your usual hours</source>
        <translation>tu horario habitual</translation>
    </message>
    <message>
        <source>Progress added to a goal</source>
        <translation>Avance añadido a una meta</translation>
    </message>
    <message>
        <source>Progress entry removed from a goal</source>
        <translation>Entrada de avance quitada de una meta</translation>
    </message>
    <message>
        <source>Session note started</source>
        <translation>Nota de sesión empezada</translation>
    </message>
    <message>
        <source>Session note signed</source>
        <translation>Nota de sesión firmada</translation>
    </message>
    <message>
        <source>Addendum added to a signed note</source>
        <translation>Anexo añadido a una nota firmada</translation>
    </message>
    <message>
        <source>Mentee added</source>
        <translation>Persona añadida</translation>
    </message>
    <message>
        <source>Self-care check-in saved</source>
        <translation>Chequeo de autocuidado guardado</translation>
    </message>
    <message>
        <source>Supervision export written</source>
        <translation>Exportación para supervisión escrita</translation>
    </message>
    <message>
        <source>Services imported into the resource directory</source>
        <translation>Servicios importados al directorio de recursos</translation>
    </message>
    <message>
        <source>Resource directory exported</source>
        <translation>Directorio de recursos exportado</translation>
    </message>
    <message>
        <source>Meetings exported to a calendar file</source>
        <translation>Reuniones exportadas a un archivo de calendario</translation>
    </message>
    <message>
        <source>A trusted person&apos;s key retired</source>
        <translation>Retirada la llave de una persona de confianza</translation>
    </message>
    <message>
        <source>Your profile changed</source>
        <translation>Tu perfil cambió</translation>
    </message>
    <message>
        <source>The whole vault exported as an archive</source>
        <translation>Toda la caja fuerte exportada como archivo</translation>
    </message>
    <message>
        <source>A vault archive imported</source>
        <translation>Importado un archivo de caja fuerte</translation>
    </message>
    <message>
        <source>Your usual hours changed</source>
        <translation>Tu horario habitual cambió</translation>
    </message>
    <message>
        <source>Session note imported from a file</source>
        <translation>Nota de sesión importada desde un archivo</translation>
    </message>
    <message>
        <source>A mentee&apos;s whole record erased</source>
        <translation>Borrado todo el registro de una persona acompañada</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>un registro</translation>
    </message>
    <message>
        <source>{verb} {thing}</source>
        <translation>{verb}: {thing}</translation>
    </message>
    <message>
        <source>Something changed</source>
        <translation>Algo cambió</translation>
    </message>
    <message>
        <source>{what}: {thing}</source>
        <translation>{what}: {thing}</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>{when:%A %H:%M} is outside the hours you agreed.</source>
        <translation>El {when:%A} a las {when:%H:%M} queda fuera del horario que acordaron.</translation>
    </message>
    <message>
        <source>You agreed to meet elsewhere than at home.</source>
        <translation>Acordaron reunirse en otro lugar que no fuera la casa.</translation>
    </message>
    <message>
        <source>Please choose what kind of moment this was.</source>
        <translation>Elige qué tipo de momento fue.</translation>
    </message>
    <message>
        <source>That date is in the future; a boundary event is something that happened.</source>
        <translation>Esa fecha está en el futuro; un momento de límites es algo que ya pasó.</translation>
    </message>
    <message>
        <source>That boundary event no longer exists.</source>
        <translation>Ese momento de límites ya no existe.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>First {day}</source>
        <translation>El primer {day}</translation>
    </message>
    <message>
        <source>first {day}</source>
        <translation>el primer {day}</translation>
    </message>
    <message>
        <source>Second {day}</source>
        <translation>El segundo {day}</translation>
    </message>
    <message>
        <source>second {day}</source>
        <translation>el segundo {day}</translation>
    </message>
    <message>
        <source>Third {day}</source>
        <translation>El tercer {day}</translation>
    </message>
    <message>
        <source>third {day}</source>
        <translation>el tercer {day}</translation>
    </message>
    <message>
        <source>Fourth {day}</source>
        <translation>El cuarto {day}</translation>
    </message>
    <message>
        <source>fourth {day}</source>
        <translation>el cuarto {day}</translation>
    </message>
    <message>
        <source>Fifth {day}</source>
        <translation>El quinto {day}</translation>
    </message>
    <message>
        <source>fifth {day}</source>
        <translation>el quinto {day}</translation>
    </message>
    <message>
        <source>Last {day}</source>
        <translation>El último {day}</translation>
    </message>
    <message>
        <source>last {day}</source>
        <translation>el último {day}</translation>
    </message>
    <message>
        <source>Every {day}</source>
        <translation>Cada {day}</translation>
    </message>
    <message>
        <source>every {day}</source>
        <translation>cada {day}</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>El día {number}</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>el día {number}</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>El último día</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>el último día</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>Every other month</source>
        <translation>Cada dos meses</translation>
    </message>
    <message>
        <source>Every {count} months</source>
        <translation>Cada {count} meses</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>{what} of the month, every other month</source>
        <translation>{what} del mes, cada dos meses</translation>
    </message>
    <message>
        <source>{what} of the month, every {count} months</source>
        <translation>{what} del mes, cada {count} meses</translation>
    </message>
    <message>
        <source>{what} of the month</source>
        <translation>{what} de cada mes</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Every other {days}</source>
        <translation>Cada dos semanas, {days}</translation>
    </message>
    <message>
        <source>Every {count} weeks</source>
        <translation>Cada {count} semanas</translation>
    </message>
    <message>
        <source>Every {count} weeks on {days}</source>
        <translation>Cada {count} semanas, {days}</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>{opens:%H:%M}–{closes:%H:%M}</source>
        <translation>{opens:%H:%M}–{closes:%H:%M}</translation>
    </message>
    <message>
        <source>{span}{dated}</source>
        <translation>{span}{dated}</translation>
    </message>
    <message>
        <source>{days} {span}{dated}</source>
        <translation>{days} {span}{dated}</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>Escribe al {number}</translation>
    </message>
    <message>
        <source>That service is no longer in the directory.</source>
        <translation>Ese servicio ya no está en el directorio.</translation>
    </message>
    <message>
        <source>Please give the service a name.</source>
        <translation>Ponle un nombre al servicio.</translation>
    </message>
    <message>
        <source>Please say which organisation runs the service.</source>
        <translation>Di qué organización ofrece el servicio.</translation>
    </message>
    <message>
        <source>One of the texts is too long to save; please shorten it.</source>
        <translation>Uno de los textos es demasiado largo para guardarlo; acórtalo.</translation>
    </message>
    <message>
        <source>An email address needs an @; please check it.</source>
        <translation>Una dirección de correo necesita una @; revísala.</translation>
    </message>
    <message>
        <source>One of the needs is not in the directory&apos;s list.</source>
        <translation>Una de las necesidades no está en la lista del directorio.</translation>
    </message>
    <message>
        <source>Each phone needs a number (or a short code to text).</source>
        <translation>Cada teléfono necesita un número (o un código corto para mensajes).</translation>
    </message>
    <message>
        <source>Choose at least one day for each line of opening hours.</source>
        <translation>Elige al menos un día para cada línea del horario.</translation>
    </message>
    <message>
        <source>Days are Monday to Sunday.</source>
        <translation>Los días van de lunes a domingo.</translation>
    </message>
    <message>
        <source>Opening hours need both an opening and a closing time.</source>
        <translation>El horario necesita una hora de apertura y una de cierre.</translation>
    </message>
    <message>
        <source>A service cannot open and close at the same time.</source>
        <translation>Un servicio no puede abrir y cerrar a la misma hora.</translation>
    </message>
    <message>
        <source>The hours end before they start; please check the dates.</source>
        <translation>El horario termina antes de empezar; revisa las fechas.</translation>
    </message>
    <message>
        <source>Each address needs its first line.</source>
        <translation>Cada dirección necesita su primera línea.</translation>
    </message>
    <message>
        <source>Use the two-letter country code (US, GB, CA, IE, AU...).</source>
        <translation>Usa el código de país de dos letras (US, GB, CA, IE, AU...).</translation>
    </message>
    <message>
        <source>The region is a two-letter country code.</source>
        <translation>La región es un código de país de dos letras.</translation>
    </message>
    <message>
        <source>Referrals were made to this service, so it stays in the directory. You can set its status to &apos;inactive&apos; or &apos;defunct&apos; instead.</source>
        <translation>Se hicieron derivaciones a este servicio, así que se queda en el directorio. Puedes poner su estado en «inactive» o «defunct».</translation>
    </message>
    <message>
        <source>My self-care over the period (averages)</source>
        <translation>Mi autocuidado en el periodo (promedios)</translation>
    </message>
    <message>
        <source>No self-care check-ins in this period.</source>
        <translation>En este periodo no hay chequeos de autocuidado.</translation>
    </message>
    <message>
        <source>Energy (1-5)</source>
        <translation>Energía (1-5)</translation>
    </message>
    <message>
        <source>Mood (1-5)</source>
        <translation>Ánimo (1-5)</translation>
    </message>
    <message>
        <source>Strain (1-5)</source>
        <translation>Carga (1-5)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Chequeos</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>es obligatorio y falta</translation>
    </message>
    <message>
        <source>holds fields HSDS does not define</source>
        <translation>tiene campos que HSDS no define</translation>
    </message>
    <message>
        <source>must be one of: {values}</source>
        <translation>debe ser uno de estos: {values}</translation>
    </message>
    <message>
        <source>is not a valid {format}</source>
        <translation>no es un {format} válido</translation>
    </message>
    <message>
        <source>{count} service read</source>
        <translation>{count} servicio leído</translation>
    </message>
    <message>
        <source>{count} services read</source>
        <translation>{count} servicios leídos</translation>
    </message>
    <message>
        <source>{read}: {new} new, {updated} updated, {unchanged} unchanged, {invalid} with problems</source>
        <translation>{read}. Nuevos: {new}; actualizados: {updated}; sin cambios: {unchanged}; con problemas: {invalid}</translation>
    </message>
    <message>
        <source>{summary}; {count} parts left out (listed below)</source>
        <translation>{summary}; {count} partes se dejaron fuera (abajo está la lista)</translation>
    </message>
    <message>
        <source>{name} holds more than {count:,} files, far more than a directory package has; it is not imported.</source>
        <translation>{name} contiene más de {count:,} archivos, muchos más de los que tiene un paquete de directorio; no se importa.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than 500 MB, too large to import.</source>
        <translation>{name} ocupa más de 500 MB al descomprimirlo, demasiado para importarlo.</translation>
    </message>
    <message>
        <source>{name} holds a file that expands more than {ratio} times; it is not imported (it may be built to fill the disk).</source>
        <translation>{name} contiene un archivo que crece más de {ratio} veces al descomprimirlo; no se importa (podría estar hecho para llenar el disco).</translation>
    </message>
    <message>
        <source>{name} is too large to import (over 200 MB).</source>
        <translation>{name} es demasiado grande para importarlo (más de 200 MB).</translation>
    </message>
    <message>
        <source>{name} starts like UTF-16 text but cannot be read as it; nothing was imported.</source>
        <translation>{name} empieza como texto UTF-16, pero no se puede leer así; no se importó nada.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it looks like binary data); HSDS files are JSON or CSV text.</source>
        <translation>{name} no es un archivo de texto (parecen datos binarios); los archivos HSDS son texto JSON o CSV.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8; it was read as {encoding} (Western European). Check that accented letters look right.</source>
        <translation>{name} no está en UTF-8; se leyó como {encoding} (Europa occidental). Comprueba que las letras con tilde se vean bien.</translation>
    </message>
    <message>
        <source>it is not a zip file that can be opened</source>
        <translation>no es un archivo zip que se pueda abrir</translation>
    </message>
    <message>
        <source>it is a folder with no HSDS files in it</source>
        <translation>es una carpeta sin archivos HSDS</translation>
    </message>
    <message>
        <source>this account may not read it</source>
        <translation>esta cuenta no tiene permiso para leerlo</translation>
    </message>
    <message>
        <source>the computer could not read it</source>
        <translation>la computadora no pudo leerlo</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}.</source>
        <translation>No hay ningún archivo ni carpeta en {path}.</translation>
    </message>
    <message>
        <source>Cannot open {name} ({error}).</source>
        <translation>No se puede abrir {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} is a CSV file, but neither an HSDS table nor a 211 resource export, so nothing was imported. Import the HSDS package it came with (a folder or zip file holding services.csv, organizations.csv and the rest), or the 211&apos;s resource export (with ResourceAgencyNum and TaxonomyLevelName columns).</source>
        <translation>{name} es un archivo CSV, pero no es una tabla HSDS ni una exportación de recursos de un 211, así que no se importó nada. Importa el paquete HSDS del que forma parte (una carpeta o un archivo zip con services.csv, organizations.csv y las demás tablas), o la exportación de recursos del 211 (con las columnas ResourceAgencyNum y TaxonomyLevelName).</translation>
    </message>
    <message>
        <source>{name} holds no HSDS data: expected a .json file of services, or CSV files such as services.csv and organizations.csv.</source>
        <translation>{name} no contiene datos HSDS: se esperaba un archivo .json de servicios, o archivos CSV como services.csv y organizations.csv.</translation>
    </message>
    <message>
        <source>Cannot read {name} ({error}).</source>
        <translation>No se puede leer {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}).</source>
        <translation>{name} no es JSON válido (línea {line}).</translation>
    </message>
    <message>
        <source>{name} is not valid JSON.</source>
        <translation>{name} no es JSON válido.</translation>
    </message>
    <message>
        <source>{name} is JSON, but not HSDS: expected services (a list, a page with &apos;contents&apos;, an organization with &apos;services&apos;, or tabular JSON).</source>
        <translation>{name} es JSON, pero no HSDS: se esperaban servicios (una lista, una página con &apos;contents&apos;, una organización con &apos;services&apos; o JSON en tablas).</translation>
    </message>
    <message>
        <source>is not a service object</source>
        <translation>no es un objeto de servicio</translation>
    </message>
    <message>
        <source>{name} nests its services inside each organization&apos;s locations (the Ohana API layout, older than HSDS), so nothing was imported. Ask for an HSDS export of the same directory (JSON or a CSV package) and import that.</source>
        <translation>{name} anida sus servicios dentro de las sedes de cada entidad (el formato de la API Ohana, anterior a HSDS), así que no se importó nada. Pide una exportación HSDS del mismo directorio (JSON o un paquete CSV) e impórtala.</translation>
    </message>
    <message>
        <source>{name} holds %n {kind} record(s) without services; the directory lists services, so nothing was taken from them.</source>
        <translation>{name} contiene %n registro(s) {kind} sin servicios; el directorio guarda servicios, así que no se tomó nada de ellos.</translation>
    </message>
    <message>
        <source>{name} holds no services.</source>
        <translation>{name} no contiene servicios.</translation>
    </message>
    <message>
        <source>taxonomy</source>
        <translation>taxonomía</translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>no reconocido</translation>
    </message>
    <message>
        <source>has {cells:,} cells where the header has {width:,} (cut off?); the row was left out</source>
        <translation>tiene {cells:,} celdas donde el encabezado tiene {width:,} (¿está cortada?); la fila quedó fuera</translation>
    </message>
    <message>
        <source>has {cells:,} cells where the header has {width:,} (an unquoted comma?); the row was left out</source>
        <translation>tiene {cells:,} celdas donde el encabezado tiene {width:,} (¿una coma sin comillas?); la fila quedó fuera</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({error}); the rest of the file was not read</source>
        <translation>no se puede leer como CSV ({error}); el resto del archivo no se leyó</translation>
    </message>
    <message>
        <source>is cut off inside a quoted cell; the row was left out</source>
        <translation>se corta dentro de una celda entre comillas; la fila quedó fuera</translation>
    </message>
    <message>
        <source>is the last row and the file does not end with a line break; check that it is complete</source>
        <translation>es la última fila y el archivo no termina con un salto de línea; comprueba que esté completo</translation>
    </message>
    <message>
        <source>{name} has no services.csv, so there is nothing to import.</source>
        <translation>{name} no tiene services.csv, así que no hay nada que importar.</translation>
    </message>
    <message>
        <source>This tabular package has no services.csv, so there is nothing to import.</source>
        <translation>Este paquete de tablas no tiene services.csv, así que no hay nada que importar.</translation>
    </message>
    <message>
        <source>Not kept (peerdesk&apos;s directory does not hold them): {files}.</source>
        <translation>No se guardan (el directorio de peerdesk no los incluye): {files}.</translation>
    </message>
    <message>
        <source>Older HSDS layout recognised ({files}); mapped to HSDS 3.0.</source>
        <translation>Se reconoció un formato HSDS anterior ({files}); se adaptó a HSDS 3.0.</translation>
    </message>
    <message>
        <source>repeats the id of row {row:,}; the first row is kept</source>
        <translation>repite el id de la fila {row:,}; se conserva la primera fila</translation>
    </message>
    <message>
        <source>%n row(s) had no id (older layouts); each was given one from its file and row.</source>
        <translation>%n fila(s) sin id (formatos anteriores): a cada una se le dio uno a partir de su archivo y su fila.</translation>
    </message>
    <message>
        <source>no service with this id in the package; the row was left out</source>
        <translation>no hay ningún servicio con este id en el paquete; la fila quedó fuera</translation>
    </message>
    <message>
        <source>is missing; the row was left out</source>
        <translation>falta; la fila quedó fuera</translation>
    </message>
    <message>
        <source>belongs to no service or location; the row was left out</source>
        <translation>no pertenece a ningún servicio ni lugar; la fila quedó fuera</translation>
    </message>
    <message>
        <source>no location with this id in the package; the row was left out</source>
        <translation>no hay ningún lugar con este id en el paquete; la fila quedó fuera</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to es anterior a --from</translation>
    </message>
    <message>
        <source>full names</source>
        <translation>nombres completos</translation>
    </message>
    <message>
        <source>initials only</source>
        <translation>solo iniciales</translation>
    </message>
    <message>
        <source>Exported {count} planned meetings ({names}) to {out}.</source>
        <translation>Reuniones planificadas exportadas: {count} ({names}), en {out}.</translation>
    </message>
    <message>
        <source>export planned meetings as an iCalendar (.ics) file</source>
        <translation>exportar las reuniones previstas a un archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Export planned meetings as an iCalendar (.ics) file.</source>
        <translation>Exporta las reuniones previstas a un archivo iCalendar (.ics).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>write planned meetings to an .ics file (initials only unless --full-names)</source>
        <translation>guardar las reuniones previstas en un archivo .ics (solo iniciales, salvo con --full-names)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>el archivo .ics que se guarda</translation>
    </message>
    <message>
        <source>full names, place and purpose (a calendar is often synced to a cloud)</source>
        <translation>nombres completos, lugar y motivo (un calendario suele sincronizarse con la nube)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>por defecto: hoy</translation>
    </message>
    <message>
        <source>default: a year later</source>
        <translation>por defecto: un año después</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>  ... and {count:,} more problems</source>
        <translation>  ... y {count:,} problemas más</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>not imported: check the preview above, then run again with --yes to import</source>
        <translation>no se importó nada: revisa la vista previa de arriba y vuelve a ejecutarlo con --yes para importar</translation>
    </message>
    <message>
        <source>Import %n service(s)? [y/N] </source>
        <translation>¿Importar %n servicio(s)? [s/N] </translation>
    </message>
    <message>
        <source>y/yes</source>
        <translation>s/sí/si</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Imported %n service(s); {invalid:,} with problems left out.</source>
        <translation>Servicios importados: %n; {invalid:,} con problemas quedaron fuera.</translation>
    </message>
    <message>
        <source>Imported %n service(s).</source>
        <translation>Servicios importados: %n.</translation>
    </message>
    <message>
        <source>Exported %n service(s) ({format}) to {out}. No mentee data is in it.</source>
        <translation>Servicios exportados: %n ({format}), en {out}. No contiene datos de las personas acompañadas.</translation>
    </message>
    <message>
        <source>No services match.</source>
        <translation>Ningún servicio coincide.</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>abierto ahora</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>cerrado ahora</translation>
    </message>
    <message>
        <source>search, import or export the resource directory (Open Referral HSDS 3.0)</source>
        <translation>buscar, importar o exportar el directorio de recursos (Open Referral HSDS 3.0)</translation>
    </message>
    <message>
        <source>Search, import or export the resource directory (Open Referral HSDS 3.0).</source>
        <translation>Busca, importa o exporta el directorio de recursos (Open Referral HSDS 3.0).</translation>
    </message>
    <message>
        <source>find services by words (ranked), need and opening hours</source>
        <translation>encontrar servicios por palabras (por relevancia), necesidad y horario</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>BÚSQUEDA</translation>
    </message>
    <message>
        <source>words to find in names, descriptions, places, categories, numbers and your notes</source>
        <translation>palabras que buscar en nombres, descripciones, lugares, categorías, números y tus notas</translation>
    </message>
    <message>
        <source>NEED</source>
        <translation>NECESIDAD</translation>
    </message>
    <message>
        <source>only services meeting this need (e.g. food)</source>
        <translation>solo servicios que cubren esta necesidad (p. ej., «food»)</translation>
    </message>
    <message>
        <source>only services open right now</source>
        <translation>solo servicios abiertos en este momento</translation>
    </message>
    <message>
        <source>list this country first (default: yours)</source>
        <translation>mostrar primero este país (por defecto: el tuyo)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LÍMITE</translation>
    </message>
    <message>
        <source>at most this many results (20)</source>
        <translation>como máximo este número de resultados (20)</translation>
    </message>
    <message>
        <source>preview an HSDS file (JSON, CSV folder, zip or datapackage.json), then import</source>
        <translation>ver antes un archivo HSDS (JSON, carpeta CSV, zip o datapackage.json) y luego importarlo</translation>
    </message>
    <message>
        <source>HSDS JSON file, tabular package folder or zip</source>
        <translation>archivo JSON de HSDS, carpeta de paquete tabular o zip</translation>
    </message>
    <message>
        <source>import the valid services without asking</source>
        <translation>importar los servicios válidos sin preguntar</translation>
    </message>
    <message>
        <source>show at most N problems (50)</source>
        <translation>mostrar como máximo N problemas (50)</translation>
    </message>
    <message>
        <source>write the directory as HSDS 3.0</source>
        <translation>guardar el directorio como HSDS 3.0</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>a .json file, or a new folder for CSV</source>
        <translation>un archivo .json, o una carpeta nueva para CSV</translation>
    </message>
    <message>
        <source>give --format pdf|md|csv|json, or --seal-to KEYNAME to seal it</source>
        <translation>indica --format pdf|md|csv|json, o --seal-to NOMBRE_CLAVE para sellarlo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>--section can be: {names}</source>
        <translation>--section puede ser: {names}</translation>
    </message>
    <message>
        <source>Packet passphrase: </source>
        <translation>Frase de contraseña del paquete: </translation>
    </message>
    <message>
        <source>encrypted packet</source>
        <translation>paquete cifrado</translation>
    </message>
    <message>
        <source>Supervision summary ({kind}, {notes} notes, {flagged} flagged) written to {out}; checked for known names.</source>
        <translation>Resumen para supervisión ({kind}, notas: {notes}, marcadas: {flagged}) guardado en {out}; se comprobó que no tenga nombres conocidos.</translation>
    </message>
    <message>
        <source>Supervision summary ({notes} notes, {flagged} flagged) sealed to “{name}” ({fingerprint}) and written to {out}; checked for known names. Only their vault can open it.</source>
        <translation>Resumen para supervisión (notas: {notes}, marcadas: {flagged}) sellado para «{name}» ({fingerprint}) y guardado en {out}; se comprobó que no tenga nombres conocidos. Solo su caja fuerte puede abrirlo.</translation>
    </message>
    <message>
        <source>cannot read that packet file</source>
        <translation>no se puede leer ese archivo de paquete</translation>
    </message>
    <message>
        <source>Opened a {kind} export into {out}.</source>
        <translation>Exportación {kind} abierta en {out}.</translation>
    </message>
    <message>
        <source>write a de-identified export</source>
        <translation>guardar una exportación sin datos identificativos</translation>
    </message>
    <message>
        <source>Write a de-identified export.</source>
        <translation>Guarda una exportación sin datos identificativos.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <source>a de-identified supervision summary (fails closed if a known name remains)</source>
        <translation>un resumen para supervisión sin datos identificativos (no se guarda si queda algún nombre conocido)</translation>
    </message>
    <message>
        <source>required unless --seal-to</source>
        <translation>obligatorio salvo con --seal-to</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>archivo que se guarda</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>only this mentee (repeatable)</source>
        <translation>solo esta persona acompañada (se puede repetir)</translation>
    </message>
    <message>
        <source>a section to include (repeatable; default: activity and flagged_notes; others: selfcare, boundary_events, … as the vault has them)</source>
        <translation>una sección que incluir (se puede repetir; por defecto: activity y flagged_notes; otras: selfcare, boundary_events, … según las tenga la caja fuerte)</translation>
    </message>
    <message>
        <source>KEYNAME</source>
        <translation>NOMBRE_CLAVE</translation>
    </message>
    <message>
        <source>seal it to a trusted key (see `peerdesk keys show`) instead of writing --format</source>
        <translation>sellarlo para una clave de confianza (ver `peerdesk keys show`) en lugar de guardarlo con --format</translation>
    </message>
    <message>
        <source>encrypt with a packet passphrase (asked next; on stdin after the vault&apos;s)</source>
        <translation>cifrar con una frase de contraseña del paquete (se pide a continuación; en la entrada estándar, después de la de la caja fuerte)</translation>
    </message>
    <message>
        <source>decrypt an export packet someone sent you</source>
        <translation>descifrar un paquete de exportación que te enviaron</translation>
    </message>
    <message>
        <source>the .pdpacket file</source>
        <translation>el archivo .pdpacket</translation>
    </message>
    <message>
        <source>where to write its content</source>
        <translation>dónde guardar su contenido</translation>
    </message>
    <message>
        <source>This vault&apos;s key fingerprint (read it to the other person):</source>
        <translation>Huella de la clave de esta caja fuerte (léesela a la otra persona):</translation>
    </message>
    <message>
        <source>Keys you trust:</source>
        <translation>Claves en las que confías:</translation>
    </message>
    <message>
        <source>Public key written to {out} (it holds no secret). Fingerprint: {fingerprint}</source>
        <translation>Clave pública guardada en {out} (no contiene ningún secreto). Huella: {fingerprint}</translation>
    </message>
    <message>
        <source>cannot read that key file</source>
        <translation>no se puede leer ese archivo de clave</translation>
    </message>
    <message>
        <source>compare the fingerprint with its owner, then pass it with --fingerprint</source>
        <translation>compara la huella con quien tiene la clave y luego indícala con --fingerprint</translation>
    </message>
    <message>
        <source>Fingerprint of this key: {fingerprint}</source>
        <translation>Huella de esta clave: {fingerprint}</translation>
    </message>
    <message>
        <source>Does it match what its owner reads to you? Type yes: </source>
        <translation>¿Coincide con la que te lee quien tiene la clave? Escribe sí: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not trusted; nothing was changed</source>
        <translation>no se confió en la clave; no se cambió nada</translation>
    </message>
    <message>
        <source>Trusted “{name}” ({fingerprint}).</source>
        <translation>Ahora confías en «{name}» ({fingerprint}).</translation>
    </message>
    <message>
        <source>No longer trusting “{name}” ({fingerprint}).</source>
        <translation>Ya no confías en «{name}» ({fingerprint}).</translation>
    </message>
    <message>
        <source>this vault&apos;s key, and the keys you trust</source>
        <translation>la clave de esta caja fuerte y las claves en las que confías</translation>
    </message>
    <message>
        <source>This vault&apos;s public key and fingerprint, and the keys of people you exchange sealed packets with (your supervisor, or the mentors you supervise).</source>
        <translation>La clave pública y la huella de esta caja fuerte, y las claves de las personas con las que intercambias paquetes sellados (quien te supervisa, o las personas mentoras a quienes supervisas).</translation>
    </message>
    <message>
        <source>print this vault&apos;s fingerprint and the keys you trust</source>
        <translation>mostrar la huella de esta caja fuerte y las claves en las que confías</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>en JSON</translation>
    </message>
    <message>
        <source>write this vault&apos;s public key to a file to hand over</source>
        <translation>guardar la clave pública de esta caja fuerte en un archivo para entregarla</translation>
    </message>
    <message>
        <source>the name the other person sees (default: peerdesk)</source>
        <translation>el nombre que ve la otra persona (por defecto: peerdesk)</translation>
    </message>
    <message>
        <source>trust someone&apos;s public key after comparing fingerprints</source>
        <translation>confiar en la clave pública de alguien después de comparar las huellas</translation>
    </message>
    <message>
        <source>their public key file</source>
        <translation>el archivo de su clave pública</translation>
    </message>
    <message>
        <source>what to call them, e.g. &quot;My supervisor&quot;</source>
        <translation>cómo llamarle, p. ej., &quot;Mi supervisora&quot;</translation>
    </message>
    <message>
        <source>GROUPS</source>
        <translation>GRUPOS</translation>
    </message>
    <message>
        <source>the fingerprint you compared with them (else you are asked to confirm)</source>
        <translation>la huella que comparaste con esa persona (si no, se te pide confirmarla)</translation>
    </message>
    <message>
        <source>stop trusting a key (nothing more is sealed to it)</source>
        <translation>dejar de confiar en una clave (no se sella nada más para ella)</translation>
    </message>
    <message>
        <source>the name you trusted it under</source>
        <translation>el nombre con el que confiaste en ella</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Otro nombre</translation>
    </message>
    <message>
        <source>Added mentee {id}.</source>
        <translation>Persona acompañada añadida: {id}.</translation>
    </message>
    <message>
        <source>No mentees yet.</source>
        <translation>Todavía no hay personas acompañadas.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>OUT must end in .pdf, .md or .txt</source>
        <translation>--out debe terminar en .pdf, .md o .txt</translation>
    </message>
    <message>
        <source>Hand-over summary written to {out}. Read it through with them before sharing.</source>
        <translation>Resumen de traspaso guardado en {out}. Léelo con la persona antes de compartirlo.</translation>
    </message>
    <message>
        <source>list or add mentees</source>
        <translation>listar o añadir personas acompañadas</translation>
    </message>
    <message>
        <source>List or add mentees.</source>
        <translation>Lista o añade personas acompañadas.</translation>
    </message>
    <message>
        <source>add a mentee</source>
        <translation>añadir una persona acompañada</translation>
    </message>
    <message>
        <source>the name they like to be called (&apos;-&apos;: read from stdin)</source>
        <translation>el nombre con el que le gusta que le llamen (&apos;-&apos;: se lee de la entrada estándar)</translation>
    </message>
    <message>
        <source>another name or nickname (repeatable; &apos;-&apos;: the next line of stdin)</source>
        <translation>otro nombre o apodo (se puede repetir; &apos;-&apos;: la siguiente línea de la entrada estándar)</translation>
    </message>
    <message>
        <source>list mentees</source>
        <translation>listar las personas acompañadas</translation>
    </message>
    <message>
        <source>include archived mentees</source>
        <translation>incluir las personas acompañadas archivadas</translation>
    </message>
    <message>
        <source>write a hand-over summary for a new mentor</source>
        <translation>guardar un resumen de traspaso para una nueva persona mentora</translation>
    </message>
    <message>
        <source>name or alias of the mentee (&apos;-&apos;: from stdin)</source>
        <translation>nombre u otro nombre de la persona acompañada (&apos;-&apos;: de la entrada estándar)</translation>
    </message>
    <message>
        <source>a .pdf, .md or .txt file to write</source>
        <translation>un archivo .pdf, .md o .txt que se guarda</translation>
    </message>
    <message>
        <source>Record written to {out}. It holds personal details: hand it only to them.</source>
        <translation>Ficha guardada en {out}. Contiene datos personales: entrégala solo a esa persona.</translation>
    </message>
    <message>
        <source>No retention period is set: records are kept until you erase them.</source>
        <translation>No hay un periodo de conservación: los registros se guardan hasta que los borres.</translation>
    </message>
    <message>
        <source>Retention period: %n month(s) after someone ends.</source>
        <translation>Periodo de conservación: meses tras la finalización del acompañamiento: %n.</translation>
    </message>
    <message>
        <source>Nobody is past it.</source>
        <translation>Nadie lo ha superado.</translation>
    </message>
    <message>
        <source>  {name}: ended {day} ({months})</source>
        <translation>  {name}: terminó el {day} ({months})</translation>
    </message>
    <message>
        <source>%n month(s) ago</source>
        <translation>meses transcurridos: %n</translation>
    </message>
    <message>
        <source>NAME was &apos;-&apos; but no names came on stdin</source>
        <translation>NOMBRE era &apos;-&apos;, pero no llegó ningún nombre por la entrada estándar</translation>
    </message>
    <message>
        <source>erasing asks you to type the name back; in a script, pass --yes</source>
        <translation>para borrar se te pide volver a escribir el nombre; en un script, usa --yes</translation>
    </message>
    <message>
        <source>Erasing {name} removes their profile, {notes}, {goals}, {agreements}, {referrals} and {reminders}; {group_notes} for the others, without them.</source>
        <translation>Borrar a {name} quita su perfil, {notes}, {goals}, {agreements}, {referrals} y {reminders}; {group_notes} para las demás personas, sin esta.</translation>
    </message>
    <message>
        <source>%n goal(s)</source>
        <translation>%n meta(s)</translation>
    </message>
    <message>
        <source>%n agreement(s)</source>
        <translation>%n acuerdo(s)</translation>
    </message>
    <message>
        <source>%n referral(s)</source>
        <translation>%n referido(s)</translation>
    </message>
    <message>
        <source>%n reminder(s)</source>
        <translation>%n recordatorio(s)</translation>
    </message>
    <message>
        <source>1 group note stays</source>
        <translation>1 nota de grupo se conserva</translation>
    </message>
    <message>
        <source>%n group notes stay</source>
        <translation>%n notas de grupo se conservan</translation>
    </message>
    <message>
        <source>{count} of your other entries (reminders, self-care, supervision topics, directory notes) name them: the names are taken out, the rest stays.</source>
        <translation>Otras entradas tuyas que nombran a esta persona (recordatorios, autocuidado, temas de supervisión, notas del directorio): {count}. Se quitan los nombres y el resto se conserva.</translation>
    </message>
    <message>
        <source>%n backup(s) made while they were here will be removed too.</source>
        <translation>Copias de seguridad hechas mientras estuvo aquí que también se quitarán: %n.</translation>
    </message>
    <message>
        <source>1 backup still contains this person until removed (add --remove-backups to remove them with the erasure).</source>
        <translation>1 copia de seguridad sigue conteniendo a esta persona hasta que se quite (añade --remove-backups para quitarla con el borrado).</translation>
    </message>
    <message>
        <source>%n backups still contain this person until removed (add --remove-backups to remove them with the erasure).</source>
        <translation>%n copias de seguridad siguen conteniendo a esta persona hasta que se quiten (añade --remove-backups para quitarlas con el borrado).</translation>
    </message>
    <message>
        <source>This cannot be undone. Type {name} to confirm: </source>
        <translation>Esto no se puede deshacer. Escribe {name} para confirmar: </translation>
    </message>
    <message>
        <source>Erased: %n note(s) ({signed} signed, kept as chain links without content); {removed}.</source>
        <translation>Borrado: %n nota(s) (firmadas: {signed}, que se conservan como eslabones de la cadena, sin contenido); {removed}.</translation>
    </message>
    <message>
        <source>%n backup(s) removed</source>
        <translation>%n copia(s) de seguridad eliminada(s)</translation>
    </message>
    <message>
        <source>Erased: %n note(s) ({signed} signed, kept as chain links without content).</source>
        <translation>Borrado: %n nota(s) (firmadas: {signed}, que se conservan como eslabones de la cadena, sin contenido).</translation>
    </message>
    <message>
        <source>--mapping names a file that is not valid JSON</source>
        <translation>--mapping indica un archivo que no es JSON válido</translation>
    </message>
    <message>
        <source>FILE is not a file peerdesk can read</source>
        <translation>ARCHIVO no es un archivo que peerdesk pueda leer</translation>
    </message>
    <message>
        <source>%n note(s) can be imported</source>
        <translation>Notas que se pueden importar: %n</translation>
    </message>
    <message>
        <source>{notes}, %n row(s) cannot:</source>
        <translation>{notes}. Filas que no se pueden importar (%n):</translation>
    </message>
    <message>
        <source>%n note(s) can be imported.</source>
        <translation>Notas que se pueden importar: %n.</translation>
    </message>
    <message>
        <source>  row {row}: {reason}</source>
        <translation>  fila {row}: {reason}</translation>
    </message>
    <message>
        <source>  … and %n more</source>
        <translation>  … y %n más</translation>
    </message>
    <message>
        <source>New mentees to add: {names}</source>
        <translation>Personas nuevas que se añadirán: {names}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Prueba sin cambios: no se escribió nada.</translation>
    </message>
    <message>
        <source>some rows cannot be imported; fix them, or pass --skip-errors to import the rest</source>
        <translation>algunas filas no se pueden importar; corrígelas, o usa --skip-errors para importar el resto</translation>
    </message>
    <message>
        <source>Imported %n note(s) as signed in one step.</source>
        <translation>Notas importadas como firmadas, en un solo paso: %n.</translation>
    </message>
    <message>
        <source>Imported %n note(s) as drafts in one step.</source>
        <translation>Notas importadas como borradores, en un solo paso: %n.</translation>
    </message>
    <message>
        <source>Imported {mentees} and {notes}; signed notes were signed into this vault.</source>
        <translation>Importado: {mentees} y {notes}; las notas firmadas se firmaron en esta caja fuerte.</translation>
    </message>
    <message>
        <source>%n mentee(s)</source>
        <translation>%n persona(s) acompañada(s)</translation>
    </message>
    <message>
        <source>everything in the vault, NOT de-identified (your own archive)</source>
        <translation>todo lo que hay en la caja fuerte, SIN quitar los datos identificativos (tu propio archivo)</translation>
    </message>
    <message>
        <source>folder to write into</source>
        <translation>carpeta en la que guardar</translation>
    </message>
    <message>
        <source>write everything written about one person</source>
        <translation>guardar todo lo escrito sobre una persona</translation>
    </message>
    <message>
        <source>name or alias of the mentee</source>
        <translation>nombre u otro nombre de la persona acompañada</translation>
    </message>
    <message>
        <source>show (or set) the retention period and who is past it</source>
        <translation>mostrar (o fijar) el periodo de conservación y a quién ya se le pasó</translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation>MESES</translation>
    </message>
    <message>
        <source>set the period (0 = no limit)</source>
        <translation>fijar el periodo (0 = sin límite)</translation>
    </message>
    <message>
        <source>erase a mentee and everything about them</source>
        <translation>borrar a una persona acompañada y todo lo que trata de ella</translation>
    </message>
    <message>
        <source>name or alias; &apos;-&apos; reads names from stdin</source>
        <translation>nombre u otro nombre; &apos;-&apos; lee los nombres de la entrada estándar</translation>
    </message>
    <message>
        <source>do not ask to type the name back</source>
        <translation>no pedir que se vuelva a escribir el nombre</translation>
    </message>
    <message>
        <source>also delete the backups that still contain this person</source>
        <translation>borrar también las copias de seguridad que aún contienen a esta persona</translation>
    </message>
    <message>
        <source>erase even if a draft about them is open in the editor</source>
        <translation>borrar aunque haya un borrador sobre esta persona abierto en el editor</translation>
    </message>
    <message>
        <source>review session notes</source>
        <translation>revisar las notas de sesión</translation>
    </message>
    <message>
        <source>Review session notes.</source>
        <translation>Revisa las notas de sesión.</translation>
    </message>
    <message>
        <source>notes missing what the profile asks for, old drafts, notes linked to no goal</source>
        <translation>notas a las que les falta lo que pide el perfil, borradores antiguos, notas sin meta</translation>
    </message>
    <message>
        <source>bring notes in from elsewhere</source>
        <translation>traer notas de otro lugar</translation>
    </message>
    <message>
        <source>Bring notes in from elsewhere.</source>
        <translation>Trae notas de otro lugar.</translation>
    </message>
    <message>
        <source>notes from CSV, Markdown/plain text or jrnl&apos;s JSON export</source>
        <translation>notas de CSV, Markdown/texto sin formato o la exportación JSON de jrnl</translation>
    </message>
    <message>
        <source>a mapping .json file, or the name of a saved mapping</source>
        <translation>un archivo .json de correspondencias, o el nombre de unas correspondencias guardadas</translation>
    </message>
    <message>
        <source>save the mapping file under NAME</source>
        <translation>guardar el archivo de correspondencias con el nombre NOMBRE</translation>
    </message>
    <message>
        <source>who untagged entries are about</source>
        <translation>de quién tratan las entradas sin etiqueta</translation>
    </message>
    <message>
        <source>default: from the suffix</source>
        <translation>por defecto: según la extensión</translation>
    </message>
    <message>
        <source>sign the imported notes (default: drafts)</source>
        <translation>firmar las notas importadas (por defecto: borradores)</translation>
    </message>
    <message>
        <source>show what would be imported, write nothing</source>
        <translation>mostrar lo que se importaría, sin guardar nada</translation>
    </message>
    <message>
        <source>import the readable rows only</source>
        <translation>importar solo las filas legibles</translation>
    </message>
    <message>
        <source>a full peerdesk export, into a new vault</source>
        <translation>una exportación completa de peerdesk, a una caja fuerte nueva</translation>
    </message>
    <message>
        <source>peerdesk-export.json, or the folder holding it</source>
        <translation>peerdesk-export.json, o la carpeta que lo contiene</translation>
    </message>
    <message>
        <source>%n note(s)</source>
        <translation>%n nota(s)</translation>
    </message>
    <message>
        <source>Documentation review {start} to {end} ({notes}, profile {profile})</source>
        <translation>Revisión de la documentación del {start} al {end} ({notes}, perfil {profile})</translation>
    </message>
    <message>
        <source>Everything the profile asks for is there. Nothing to follow up.</source>
        <translation>Está todo lo que pide el perfil. No hay nada pendiente.</translation>
    </message>
    <message>
        <source>nobody chosen</source>
        <translation>nadie elegido</translation>
    </message>
    <message>
        <source>  note {id}  {day}  {who}{rest}</source>
        <translation>  nota {id}  {day}  {who}{rest}</translation>
    </message>
    <message>
        <source>Notes missing something ({count}):</source>
        <translation>Notas a las que les falta algo ({count}):</translation>
    </message>
    <message>
        <source>  [{state}]</source>
        <translation>  [{state}]</translation>
    </message>
    <message>
        <source>      - {gap} (needed to sign)</source>
        <translation>      - {gap} (necesario para firmar)</translation>
    </message>
    <message>
        <source>Drafts waiting to be signed ({count}):</source>
        <translation>Borradores que esperan la firma ({count}):</translation>
    </message>
    <message>
        <source>  started %n day(s) ago</source>
        <translation>  empezado hace %n día(s)</translation>
    </message>
    <message>
        <source>Notes not linked to a goal ({count}):</source>
        <translation>Notas sin vínculo con una meta ({count}):</translation>
    </message>
    <message>
        <source>--out names a folder; give a file name</source>
        <translation>--out indica una carpeta; da un nombre de archivo</translation>
    </message>
    <message>
        <source>--out names a file; give a folder</source>
        <translation>--out indica un archivo; da una carpeta</translation>
    </message>
    <message>
        <source>Full export written to {target}.</source>
        <translation>Exportación completa guardada en {target}.</translation>
    </message>
    <message>
        <source>WARNING: it is NOT de-identified. It holds every name and note: keep it safe.</source>
        <translation>ATENCIÓN: NO está sin datos identificativos. Contiene todos los nombres y notas: guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>that file is too large to be a peerdesk packet</source>
        <translation>ese archivo es demasiado grande para ser un paquete de peerdesk</translation>
    </message>
    <message>
        <source>Filed in your inbox: {mentor}, {period} (packet {packet}).</source>
        <translation>Guardado en tu bandeja de entrada: {mentor}, {period} (paquete {packet}).</translation>
    </message>
    <message>
        <source>Your inbox is empty. File a mentor&apos;s export with `peerdesk supervision open FILE`.</source>
        <translation>Tu bandeja de entrada está vacía. Guarda la exportación de una persona mentora con `peerdesk supervision open PAQUETE`.</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>%n comment(s)</source>
        <translation>%n comentario(s)</translation>
    </message>
    <message>
        <source>Items you can comment on:</source>
        <translation>Elementos que puedes comentar:</translation>
    </message>
    <message>
        <source>the whole export</source>
        <translation>toda la exportación</translation>
    </message>
    <message>
        <source>  comment on {item}: {text}</source>
        <translation>  comentario sobre {item}: {text}</translation>
    </message>
    <message>
        <source>Comment saved; it goes back to the mentor with your reply.</source>
        <translation>Comentario guardado; vuelve a la mentora o mentor con tu respuesta.</translation>
    </message>
    <message>
        <source>Supervision session recorded.</source>
        <translation>Sesión de supervisión registrada.</translation>
    </message>
    <message>
        <source>Reply sealed to the mentor&apos;s key and written to {out}.</source>
        <translation>Respuesta sellada con la clave de la mentora o mentor y guardada en {out}.</translation>
    </message>
    <message>
        <source>Your supervisor replied: {comments} comments, {placed} beside their notes; {unplaced} are about notes no longer in this vault; {actions} agreed actions added as follow-ups.</source>
        <translation>Tu supervisora o supervisor respondió: comentarios: {comments}; junto a sus notas: {placed}; sobre notas que ya no están en esta caja fuerte: {unplaced}; acciones acordadas añadidas como seguimientos: {actions}.</translation>
    </message>
    <message>
        <source>Your supervisor replied: {comments} comments, {placed} beside their notes; {actions} agreed actions added as follow-ups.</source>
        <translation>Tu supervisora o supervisor respondió: comentarios: {comments}; junto a sus notas: {placed}; acciones acordadas añadidas como seguimientos: {actions}.</translation>
    </message>
    <message>
        <source>{start:%B %Y} to {end:%B %Y}</source>
        <translation>de {start:%B %Y} a {end:%B %Y}</translation>
    </message>
    <message>
        <source>Programme view ({mentors} mentors, {packets} exports) written to {out}.</source>
        <translation>Vista del programa (mentoras y mentores: {mentors}, exportaciones: {packets}) guardada en {out}.</translation>
    </message>
    <message>
        <source>the supervision loop: inbox, comments, replies, programme view</source>
        <translation>el ciclo de supervisión: bandeja de entrada, comentarios, respuestas, vista del programa</translation>
    </message>
    <message>
        <source>Sealed exports from mentors, your comments and replies (in a supervisor vault), and opening a supervisor&apos;s reply (in a mentor&apos;s vault).</source>
        <translation>Exportaciones selladas de personas mentoras, tus comentarios y respuestas (en una caja fuerte de supervisión), y abrir la respuesta de supervisión (en la caja fuerte de quien acompaña).</translation>
    </message>
    <message>
        <source>file a mentor&apos;s sealed export in your inbox</source>
        <translation>guardar en tu bandeja de entrada la exportación sellada de una persona mentora</translation>
    </message>
    <message>
        <source>PACKET</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>list the exports in your inbox</source>
        <translation>listar las exportaciones de tu bandeja de entrada</translation>
    </message>
    <message>
        <source>show one export and the items you can comment on</source>
        <translation>mostrar una exportación y los elementos que puedes comentar</translation>
    </message>
    <message>
        <source>PACKET_ID</source>
        <translation>ID_PAQUETE</translation>
    </message>
    <message>
        <source>comment on an item (or &apos;all&apos;) of an export</source>
        <translation>comentar un elemento (o &apos;all&apos;) de una exportación</translation>
    </message>
    <message>
        <source>ITEM_ID</source>
        <translation>ID_ELEMENTO</translation>
    </message>
    <message>
        <source>an item id from `show`, or &apos;all&apos;</source>
        <translation>un identificador de elemento de `show`, o &apos;all&apos;</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>the comment, or - to read it from stdin</source>
        <translation>el comentario, o - para leerlo de la entrada estándar</translation>
    </message>
    <message>
        <source>an agreed action (a follow-up)</source>
        <translation>una acción acordada (un seguimiento)</translation>
    </message>
    <message>
        <source>record a supervision session about an export</source>
        <translation>registrar una sesión de supervisión sobre una exportación</translation>
    </message>
    <message>
        <source>TOPICS</source>
        <translation>TEMAS</translation>
    </message>
    <message>
        <source>what you talked about, or - for stdin</source>
        <translation>de qué hablaron, o - para la entrada estándar</translation>
    </message>
    <message>
        <source>seal your comments back to the mentor</source>
        <translation>sellar tus comentarios de vuelta para la persona mentora</translation>
    </message>
    <message>
        <source>open your supervisor&apos;s reply (mentor vault)</source>
        <translation>abrir la respuesta de supervisión (caja fuerte de quien acompaña)</translation>
    </message>
    <message>
        <source>combined figures across mentors (CSV or PDF)</source>
        <translation>cifras conjuntas de todas las personas mentoras (CSV o PDF)</translation>
    </message>
    <message>
        <source>New passphrase (at least 10 characters): </source>
        <translation>Nueva frase de contraseña (al menos 10 caracteres): </translation>
    </message>
    <message>
        <source>Created a new vault in {path}</source>
        <translation>Se creó una caja fuerte nueva en {path}</translation>
    </message>
    <message>
        <source>integrity check failed: {problem} (and %n more)</source>
        <translation>la comprobación de integridad falló: {problem} (y %n más)</translation>
    </message>
    <message>
        <source>integrity check failed: {problem}</source>
        <translation>la comprobación de integridad falló: {problem}</translation>
    </message>
    <message>
        <source>Vault OK: encrypted pages, structure and activity log intact; {count} mentees.</source>
        <translation>Caja fuerte correcta: páginas cifradas, estructura y registro de actividad intactos; personas acompañadas: {count}.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Might someone know your passphrase, or have a copy of this vault or its backups? [y/N] </source>
        <translation>¿Podría alguien conocer tu frase de contraseña o tener una copia de esta caja fuerte o de sus copias de seguridad? [s/N] </translation>
    </message>
    <message>
        <source>Also change the encryption key, so that backups made before now and the old passphrase cannot open this vault? [y/N] </source>
        <translation>¿Cambiar también la clave de cifrado, para que ni las copias de seguridad anteriores ni la frase de contraseña antigua puedan abrir esta caja fuerte? [s/N] </translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this vault itself, but every backup made before now (those in backups/ too) still opens with it, and holds the key that opens this vault. If someone may know the old passphrase, run `peerdesk passwd --rotate-key` to change that key as well.</source>
        <translation>Frase de contraseña cambiada. La frase anterior ya no abre esta caja fuerte, pero todas las copias de seguridad hechas antes de ahora (también las de backups/) se siguen abriendo con ella, y guardan la clave que abre esta caja fuerte. Si alguien puede conocer la frase anterior, ejecuta `peerdesk passwd --rotate-key` para cambiar también esa clave.</translation>
    </message>
    <message>
        <source>Passphrase, encryption key and recovery key changed: a copy of this vault taken before now no longer opens with the old passphrase or the old recovery key. </source>
        <translation>Frase de contraseña, clave de cifrado y clave de recuperación cambiadas: una copia de esta caja fuerte hecha antes de ahora ya no se abre con la frase ni con la clave de recuperación anteriores. </translation>
    </message>
    <message>
        <source>Passphrase and encryption key changed. Backups made before now still open with the old passphrase, showing what the vault held then, but nothing in them opens this vault any more. Your old recovery key no longer works; here is the new one.</source>
        <translation>Frase de contraseña y clave de cifrado cambiadas. Las copias de seguridad hechas antes de ahora se siguen abriendo con la frase anterior y muestran lo que la caja fuerte tenía entonces, pero nada en ellas abre ya esta caja fuerte. Tu clave de recuperación anterior ya no funciona; aquí tienes la nueva.</translation>
    </message>
    <message>
        <source>OUT is a folder; give a file name, e.g. peerdesk-2026-11.pdbackup</source>
        <translation>SALIDA es una carpeta; da un nombre de archivo, p. ej., peerdesk-2026-11.pdbackup</translation>
    </message>
    <message>
        <source>Backup written and verified: {out} ({size:,} bytes)</source>
        <translation>Copia de seguridad guardada y comprobada: {out} ({size:,} bytes)</translation>
    </message>
    <message>
        <source>Recovery key of the backup: </source>
        <translation>Clave de recuperación de la copia de seguridad: </translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Frase de contraseña de la copia de seguridad: </translation>
    </message>
    <message>
        <source>Restored into {path}. The vault it replaced (if any) is kept in backups/.</source>
        <translation>Restaurada en {path}. La caja fuerte que sustituyó (si había una) se guarda en backups/.</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>crear una caja fuerte nueva</translation>
    </message>
    <message>
        <source>a supervisor&apos;s vault: it holds mentors&apos; sealed exports and your comments only</source>
        <translation>una caja fuerte de supervisión: solo guarda las exportaciones selladas de personas mentoras y tus comentarios</translation>
    </message>
    <message>
        <source>keep a device key in the system keyring</source>
        <translation>guardar una clave del dispositivo en el llavero del sistema</translation>
    </message>
    <message>
        <source>verify the vault&apos;s encryption, structure and activity log</source>
        <translation>comprobar el cifrado, la estructura y el registro de actividad de la caja fuerte</translation>
    </message>
    <message>
        <source>open with the recovery key instead</source>
        <translation>abrir con la clave de recuperación</translation>
    </message>
    <message>
        <source>change the passphrase (stdin: current, then new)</source>
        <translation>cambiar la frase de contraseña (entrada estándar: la actual y luego la nueva)</translation>
    </message>
    <message>
        <source>also change the encryption key, so old backups and passphrases cannot open it</source>
        <translation>cambiar también la clave de cifrado, para que las copias de seguridad y frases de contraseña antiguas no la abran</translation>
    </message>
    <message>
        <source>someone may know your passphrase or have a copy of the vault: the encryption key and the recovery key change too (required then)</source>
        <translation>alguien podría conocer tu frase de contraseña o tener una copia de la caja fuerte: también cambian la clave de cifrado y la clave de recuperación (obligatorio en ese caso)</translation>
    </message>
    <message>
        <source>prove it with the recovery key instead</source>
        <translation>demostrarlo con la clave de recuperación</translation>
    </message>
    <message>
        <source>write an encrypted, verified backup file</source>
        <translation>guardar una copia de seguridad cifrada y comprobada</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation>archivo de copia de seguridad que se guarda</translation>
    </message>
    <message>
        <source>replace the vault with a backup (the old one is kept in backups/)</source>
        <translation>sustituir la caja fuerte por una copia de seguridad (la anterior se conserva en backups/)</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>ENTRADA</translation>
    </message>
    <message>
        <source>backup file to read</source>
        <translation>archivo de copia de seguridad que se lee</translation>
    </message>
    <message>
        <source>open the backup with its recovery key</source>
        <translation>abrir la copia de seguridad con su clave de recuperación</translation>
    </message>
    <message>
        <source>A column mapping is a JSON object of field names and columns.</source>
        <translation>Una correspondencia de columnas es un objeto JSON de nombres de campo y columnas.</translation>
    </message>
    <message>
        <source>The mapping names a field peerdesk does not know: &apos;{field}&apos;. Fields are: {fields}.</source>
        <translation>La correspondencia nombra un campo que peerdesk no conoce: &apos;{field}&apos;. Los campos son: {fields}.</translation>
    </message>
    <message>
        <source>The mapping leaves &apos;{field}&apos; empty; name the column that holds it.</source>
        <translation>La correspondencia deja &apos;{field}&apos; vacío; nombra la columna que lo contiene.</translation>
    </message>
    <message>
        <source>The mapping names no column for the note&apos;s text; map at least one of {fields}.</source>
        <translation>La correspondencia no nombra ninguna columna para el texto de la nota; asigna al menos una de {fields}.</translation>
    </message>
    <message>
        <source>The file has no column called &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation>El archivo no tiene ninguna columna llamada &apos;{column}&apos;. Sus columnas son: {columns}.</translation>
    </message>
    <message>
        <source>The mapping&apos;s date_format is not a date format.</source>
        <translation>El date_format de la correspondencia no es un formato de fecha.</translation>
    </message>
    <message>
        <source>The date column is empty in every row.</source>
        <translation>La columna de la fecha está vacía en todas las filas.</translation>
    </message>
    <message>
        <source>The dates could be read two ways (day/month or month/day). Add &quot;date_format&quot; to the mapping, e.g. &quot;%d/%m/%Y&quot; for 03/11/2026 as 3 November.</source>
        <translation>Las fechas se pueden leer de dos maneras (día/mes o mes/día). Añade &quot;date_format&quot; a la correspondencia, por ejemplo &quot;%d/%m/%Y&quot; para leer 03/11/2026 como 3 de noviembre.</translation>
    </message>
    <message>
        <source>Row {row} has a date peerdesk cannot read; write dates like 2026-11-02.</source>
        <translation>La fila {row} tiene una fecha que peerdesk no puede leer; escribe las fechas como 2026-11-02.</translation>
    </message>
    <message>
        <source>The date column mixes formats (row {first} and row {other} are written differently). Make them the same, or set &quot;date_format&quot; in the mapping.</source>
        <translation>La columna de la fecha mezcla formatos (la fila {first} y la fila {other} están escritas de forma distinta). Usa el mismo formato en todas, o indica &quot;date_format&quot; en la correspondencia.</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>El archivo no tiene una fila de encabezado que nombre sus columnas.</translation>
    </message>
    <message>
        <source>The file has more than {rows} rows; split it.</source>
        <translation>El archivo tiene más de {rows} filas; divídelo.</translation>
    </message>
    <message>
        <source>The file has a header row but no notes.</source>
        <translation>El archivo tiene una fila de encabezado pero ninguna nota.</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la fecha está vacía</translation>
    </message>
    <message>
        <source>the date is not written like the other rows</source>
        <translation>la fecha no está escrita como en las demás filas</translation>
    </message>
    <message>
        <source>nobody is named in the mentee column</source>
        <translation>la columna de la persona no nombra a nadie</translation>
    </message>
    <message>
        <source>the note&apos;s text is empty</source>
        <translation>el texto de la nota está vacío</translation>
    </message>
    <message>
        <source>a start or end time is not a time like 10:30</source>
        <translation>una hora de inicio o de fin no es una hora como 10:30</translation>
    </message>
    <message>
        <source>the kind of session is not one of: {kinds}</source>
        <translation>el tipo de sesión no es ninguno de estos: {kinds}</translation>
    </message>
    <message>
        <source>how you met is not one of: {modalities}</source>
        <translation>la forma de encuentro no es ninguna de estas: {modalities}</translation>
    </message>
    <message>
        <source>this entry has a date but no text</source>
        <translation>esta entrada tiene fecha pero no texto</translation>
    </message>
    <message>
        <source>text before the first date; start each entry with its date</source>
        <translation>hay texto antes de la primera fecha; empieza cada entrada con su fecha</translation>
    </message>
    <message>
        <source>No entries found: start each entry with a line holding its date, like &apos;## 2026-11-02&apos;.</source>
        <translation>No se encontró ninguna entrada: empieza cada entrada con una línea que tenga su fecha, como &apos;## 2026-11-02&apos;.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (expected jrnl&apos;s JSON export).</source>
        <translation>El archivo no es un JSON válido (se esperaba la exportación JSON de jrnl).</translation>
    </message>
    <message>
        <source>The JSON has no &apos;entries&apos; list (expected jrnl&apos;s JSON export).</source>
        <translation>El JSON no tiene una lista &apos;entries&apos; (se esperaba la exportación JSON de jrnl).</translation>
    </message>
    <message>
        <source>this entry is not an object</source>
        <translation>esta entrada no es un objeto</translation>
    </message>
    <message>
        <source>this entry&apos;s date is not YYYY-MM-DD</source>
        <translation>la fecha de esta entrada no es AAAA-MM-DD</translation>
    </message>
    <message>
        <source>no @tag names a mentee; give --mentee for untagged entries</source>
        <translation>ninguna @etiqueta nombra a una persona; usa --mentee para las entradas sin etiqueta</translation>
    </message>
    <message>
        <source>this entry has no text</source>
        <translation>esta entrada no tiene texto</translation>
    </message>
    <message>
        <source>peerdesk imports notes from .csv, .md or .txt (a date per entry) and jrnl&apos;s .json export; this file is none of those.</source>
        <translation>peerdesk importa notas de .csv, .md o .txt (una fecha por entrada) y de la exportación .json de jrnl; este archivo no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>Ese archivo no se puede leer.</translation>
    </message>
    <message>
        <source>That file is larger than 200 MB; split it first.</source>
        <translation>Ese archivo pesa más de 200 MB; divídelo primero.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>El archivo no es texto UTF-8; guárdalo como UTF-8 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A CSV import needs a column mapping (--mapping).</source>
        <translation>Para importar un CSV hace falta una correspondencia de columnas (--mapping).</translation>
    </message>
    <message>
        <source>Say who the notes in a text file are about (--mentee NAME).</source>
        <translation>Indica sobre quién son las notas de un archivo de texto (--mentee NOMBRE).</translation>
    </message>
    <message>
        <source>The import format can be: {formats}.</source>
        <translation>El formato de importación puede ser: {formats}.</translation>
    </message>
    <message>
        <source>There is nothing to import: no row could be read.</source>
        <translation>No hay nada que importar: no se pudo leer ninguna fila.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name of 1 to 64 characters.</source>
        <translation>Una correspondencia guardada necesita un nombre de 1 a 64 caracteres.</translation>
    </message>
    <message>
        <source>There is no saved mapping with that name.</source>
        <translation>No hay ninguna correspondencia guardada con ese nombre.</translation>
    </message>
    <message>
        <source>expected another line on stdin (a passphrase)</source>
        <translation>se esperaba otra línea en la entrada estándar (una frase de contraseña)</translation>
    </message>
    <message>
        <source>expected another line on stdin ({what})</source>
        <translation>se esperaba otra línea en la entrada estándar ({what})</translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase; use --passphrase-stdin</source>
        <translation>no hay terminal para pedir la frase de contraseña; usa --passphrase-stdin</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbela otra vez: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>las dos frases de contraseña no coinciden; no se cambió nada</translation>
    </message>
    <message>
        <source>there is no peerdesk vault there yet (create one with `peerdesk init`)</source>
        <translation>todavía no hay una caja fuerte de peerdesk ahí (crea una con `peerdesk init`)</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>Your recovery key (write it down and keep it somewhere safe):</source>
        <translation>Tu clave de recuperación (anótala y guárdala en un lugar seguro):</translation>
    </message>
    <message>
        <source>To confirm you have it, type group {group} of the key: </source>
        <translation>Para confirmar que la tienes, escribe el grupo {group} de la clave: </translation>
    </message>
    <message>
        <source>That group does not match, so peerdesk will show the key again next time.</source>
        <translation>Ese grupo no coincide, así que peerdesk te mostrará la clave otra vez la próxima vez.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation>--from y --to llevan fechas como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the note&apos;s text comes on stdin (after the passphrase line); it was empty</source>
        <translation>el texto de la nota llega por la entrada estándar (después de la línea de la frase de contraseña); estaba vacío</translation>
    </message>
    <message>
        <source>Signed note {id}.</source>
        <translation>Nota {id} firmada.</translation>
    </message>
    <message>
        <source>Saved draft note {id}.</source>
        <translation>Nota {id} guardada como borrador.</translation>
    </message>
    <message>
        <source>add a session note</source>
        <translation>añadir una nota de sesión</translation>
    </message>
    <message>
        <source>Add a session note.</source>
        <translation>Añade una nota de sesión.</translation>
    </message>
    <message>
        <source>add a note; its text comes on stdin (after the passphrase line with --passphrase-stdin)</source>
        <translation>añadir una nota; su texto llega por la entrada estándar (después de la línea de la frase de contraseña con --passphrase-stdin)</translation>
    </message>
    <message>
        <source>name or alias of the mentee (&apos;-&apos;: the line of stdin before the text)</source>
        <translation>nombre u otro nombre de la persona acompañada (&apos;-&apos;: la línea de la entrada estándar antes del texto)</translation>
    </message>
    <message>
        <source>sign it now (read-only afterwards); default: draft</source>
        <translation>firmarla ahora (después solo se puede leer); por defecto: borrador</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>kind of session</source>
        <translation>tipo de sesión</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>CÓMO</translation>
    </message>
    <message>
        <source>in person, phone, video, text or email</source>
        <translation>«in person», «phone», «video», «text» o «email» (en persona, teléfono, videollamada, mensaje o correo)</translation>
    </message>
    <message>
        <source>date of the session (default: today)</source>
        <translation>fecha de la sesión (por defecto: hoy)</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Ninguna nota coincide.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <source>search session notes and addenda</source>
        <translation>buscar en las notas de sesión y sus anexos</translation>
    </message>
    <message>
        <source>words to find, each as a prefix (&apos;-&apos;: read from stdin)</source>
        <translation>palabras que buscar, cada una como inicio de palabra (&apos;-&apos;: se lee de la entrada estándar)</translation>
    </message>
    <message>
        <source>only this mentee&apos;s notes (&apos;-&apos;: from stdin)</source>
        <translation>solo las notas de esta persona acompañada (&apos;-&apos;: de la entrada estándar)</translation>
    </message>
    <message>
        <source>only this kind of session</source>
        <translation>solo este tipo de sesión</translation>
    </message>
    <message>
        <source>at most this many results (default 50)</source>
        <translation>como máximo este número de resultados (por defecto 50)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>vault folder (default: PEERDESK_VAULT or your data folder)</source>
        <translation>carpeta de la caja fuerte (por defecto: PEERDESK_VAULT o tu carpeta de datos)</translation>
    </message>
    <message>
        <source>show tracebacks and log at DEBUG level</source>
        <translation>mostrar las trazas de error y registrar con nivel DEBUG</translation>
    </message>
    <message>
        <source>read the passphrase from standard input (one per line) instead of a prompt</source>
        <translation>leer la frase de contraseña de la entrada estándar (una por línea) en lugar de pedirla</translation>
    </message>
    <message>
        <source>An offline, encrypted desk for peer mentors. Without a command, starts the app.</source>
        <translation>Un escritorio cifrado y sin conexión para la mentoría entre pares. Sin un comando, abre la aplicación.</translation>
    </message>
    <message>
        <source>start the app on a throwaway demo vault</source>
        <translation>abrir la aplicación con una caja fuerte de demostración desechable</translation>
    </message>
    <message>
        <source>check this installation headless, then exit</source>
        <translation>comprobar esta instalación sin ventanas y salir</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation>interrumpido; no se cambió nada</translation>
    </message>
    <message>
        <source>unexpected error ({name}); run with --debug for details</source>
        <translation>error inesperado ({name}); ejecútalo con --debug para ver los detalles</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de los argumentos %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>comando desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>{message} (see `{prog} --help`)</source>
        <translation>{message} (ver `{prog} --help`)</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Esa frase de contraseña no abre esta caja fuerte.</translation>
    </message>
    <message>
        <source>That text is longer than {limit:,} characters; please shorten it.</source>
        <translation>Ese texto tiene más de {limit} caracteres; acórtalo.</translation>
    </message>
    <message>
        <source>Please give the name the person likes to be called.</source>
        <translation>Escribe el nombre con el que a la persona le gusta que le llamen.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>Un nombre puede tener como mucho {limit} caracteres.</translation>
    </message>
    <message>
        <source>The birth date is in the future; please check it.</source>
        <translation>La fecha de nacimiento está en el futuro; revísala.</translation>
    </message>
    <message>
        <source>The start date is in the future; please check it.</source>
        <translation>La fecha de inicio está en el futuro; revísala.</translation>
    </message>
    <message>
        <source>A contact is either a phone number or an email address.</source>
        <translation>Un contacto es un número de teléfono o una dirección de correo.</translation>
    </message>
    <message>
        <source>Each information-sharing consent needs a &apos;with whom&apos;.</source>
        <translation>Cada consentimiento para compartir información necesita un «con quién».</translation>
    </message>
    <message>
        <source>Each important person needs a name.</source>
        <translation>Cada persona importante necesita un nombre.</translation>
    </message>
    <message>
        <source>No mentee has that name or alias.</source>
        <translation>Ninguna persona acompañada tiene ese nombre u otro nombre.</translation>
    </message>
    <message>
        <source>More than one mentee has that name; use a more specific one.</source>
        <translation>Más de una persona acompañada tiene ese nombre; usa uno más concreto.</translation>
    </message>
    <message>
        <source>That agreement template is not available.</source>
        <translation>Esa plantilla de acuerdo no está disponible.</translation>
    </message>
    <message>
        <source>Please choose at least one way of keeping in touch (for example phone or in person).</source>
        <translation>Elige al menos una forma de mantener el contacto (por ejemplo teléfono o en persona).</translation>
    </message>
    <message>
        <source>The review date comes before the agreement starts.</source>
        <translation>La fecha de revisión es anterior al inicio del acuerdo.</translation>
    </message>
    <message>
        <source>That list is very long; please keep it to the main points.</source>
        <translation>Esa lista es muy larga; quédate con los puntos principales.</translation>
    </message>
    <message>
        <source>That text is too long to save; please shorten it.</source>
        <translation>Ese texto es demasiado largo para guardarlo; acórtalo.</translation>
    </message>
    <message>
        <source>That agreement no longer exists.</source>
        <translation>Ese acuerdo ya no existe.</translation>
    </message>
    <message>
        <source>This version has been agreed. To change it, start a new version.</source>
        <translation>Esta versión ya está acordada. Para cambiarla, empieza una versión nueva.</translation>
    </message>
    <message>
        <source>That mentee no longer exists.</source>
        <translation>Esa persona acompañada ya no existe.</translation>
    </message>
    <message>
        <source>There is already a draft agreement for this mentee; please finish that one first.</source>
        <translation>Ya hay un borrador de acuerdo para esta persona; termina ese primero.</translation>
    </message>
    <message>
        <source>Only a draft can be made the agreed version.</source>
        <translation>Solo un borrador puede pasar a ser la versión acordada.</translation>
    </message>
    <message>
        <source>An acknowledgement date cannot be in the future.</source>
        <translation>La fecha de confirmación no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Agreed versions are kept as history and cannot be deleted.</source>
        <translation>Las versiones acordadas se guardan como historia y no se pueden borrar.</translation>
    </message>
    <message>
        <source>A 211 resource export (one row per agency, site or program) was recognised; mapped to HSDS 3.0.</source>
        <translation>Se reconoció una exportación de recursos de un 211 (una fila por entidad, sede o programa); se adaptó a HSDS 3.0.</translation>
    </message>
    <message>
        <source>Left out, as the 211 marked them &apos;exclude from directory&apos; (often confidential, such as shelters): %n record(s).</source>
        <translation>Quedaron fuera porque el 211 los marcó como «excluir del directorio» (suelen ser confidenciales, como los refugios): %n registro(s).</translation>
    </message>
    <message>
        <source>Columns not kept (peerdesk&apos;s directory does not hold them; internal notes and staff contacts are never imported): {columns}.</source>
        <translation>Columnas no conservadas (el directorio de peerdesk no las guarda; las notas internas y los contactos del personal nunca se importan): {columns}.</translation>
    </message>
    <message>
        <source>The name typed back does not match; nothing was erased. Type the name exactly as it is shown.</source>
        <translation>El nombre que escribiste no coincide; no se borró nada. Escribe el nombre tal como se muestra.</translation>
    </message>
    <message>
        <source>A draft note about this person is open in the editor. Close it (or choose to discard it) before erasing; nothing was erased.</source>
        <translation>Hay un borrador sobre esta persona abierto en el editor. Ciérralo (o elige descartarlo) antes de borrar; no se borró nada.</translation>
    </message>
    <message>
        <source>The full export is written as json or markdown.</source>
        <translation>La exportación completa se guarda como json o markdown.</translation>
    </message>
    <message>
        <source>That file is larger than any peerdesk export (over 512 MB).</source>
        <translation>Ese archivo es más grande que cualquier exportación de peerdesk (más de 512 MB).</translation>
    </message>
    <message>
        <source>That file is not a readable peerdesk export (JSON).</source>
        <translation>Ese archivo no es una exportación de peerdesk legible (JSON).</translation>
    </message>
    <message>
        <source>That file is not a peerdesk export.</source>
        <translation>Ese archivo no es una exportación de peerdesk.</translation>
    </message>
    <message>
        <source>That export was made by another version of peerdesk.</source>
        <translation>Esa exportación se hizo con otra versión de peerdesk.</translation>
    </message>
    <message>
        <source>This vault already holds mentees or notes; import a full export into a new vault.</source>
        <translation>Esta caja fuerte ya tiene personas acompañadas o notas; importa una exportación completa en una caja fuerte nueva.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>El final del periodo es anterior a su inicio.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Esa nota ya no existe.</translation>
    </message>
    <message>
        <source>The review period ends before it starts; please check the dates.</source>
        <translation>El periodo de revisión termina antes de empezar; revisa las fechas.</translation>
    </message>
    <message>
        <source>PDF needs the app&apos;s PDF renderer; save as .md instead.</source>
        <translation>Para PDF hace falta el generador de PDF de la aplicación; guárdalo como .md.</translation>
    </message>
    <message>
        <source>Save it as .pdf, .md or .txt.</source>
        <translation>Guárdalo como .pdf, .md o .txt.</translation>
    </message>
    <message>
        <source>The destination folder does not exist.</source>
        <translation>La carpeta de destino no existe.</translation>
    </message>
    <message>
        <source>Give the key a name you will recognise, like “My supervisor”.</source>
        <translation>Dale a la clave un nombre que reconozcas, como «Mi supervisora».</translation>
    </message>
    <message>
        <source>Keep the name under {limit} characters.</source>
        <translation>Deja el nombre en menos de {limit} caracteres.</translation>
    </message>
    <message>
        <source>That fingerprint does not match this key. Nothing was trusted; compare it again with its owner.</source>
        <translation>Esa huella no coincide con esta clave. No se confió en nada; vuelve a compararla con quien tiene la clave.</translation>
    </message>
    <message>
        <source>That is this vault&apos;s own key.</source>
        <translation>Esa es la propia clave de esta caja fuerte.</translation>
    </message>
    <message>
        <source>That key is trusted already.</source>
        <translation>Ya confías en esa clave.</translation>
    </message>
    <message>
        <source>Another key already has that name; choose another.</source>
        <translation>Otra clave ya tiene ese nombre; elige otro.</translation>
    </message>
    <message>
        <source>No trusted key has that name (see `peerdesk keys show`).</source>
        <translation>Ninguna clave de confianza tiene ese nombre (ver `peerdesk keys show`).</translation>
    </message>
    <message>
        <source>That key is no longer trusted.</source>
        <translation>Ya no se confía en esa clave.</translation>
    </message>
    <message>
        <source>Packets from this key are in your inbox; they keep its name, so it stays.</source>
        <translation>Hay paquetes de esta clave en tu bandeja de entrada; conservan su nombre, así que la clave se queda.</translation>
    </message>
    <message>
        <source>A mentee&apos;s record is written as pdf or md.</source>
        <translation>El registro de una persona acompañada se guarda como pdf o md.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the PDF writer.</source>
        <translation>Para guardar un PDF hace falta el generador de PDF.</translation>
    </message>
    <message>
        <source>There is no peerdesk vault in that folder yet.</source>
        <translation>Todavía no hay una caja fuerte de peerdesk en esa carpeta.</translation>
    </message>
    <message>
        <source>One of the chosen mentees is no longer in the vault.</source>
        <translation>Una de las personas acompañadas elegidas ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>PDF export needs the app&apos;s PDF renderer; choose Markdown.</source>
        <translation>Para exportar a PDF hace falta el generador de PDF de la aplicación; elige Markdown.</translation>
    </message>
    <message>
        <source>The PDF could not be made; nothing was written.</source>
        <translation>No se pudo hacer el PDF; no se guardó nada.</translation>
    </message>
    <message>
        <source>The destination is a folder; give a file name.</source>
        <translation>El destino es una carpeta; da un nombre de archivo.</translation>
    </message>
    <message>
        <source>This vault already holds session notes; use a new one.</source>
        <translation>Esta caja fuerte ya tiene notas de sesión; usa una nueva.</translation>
    </message>
    <message>
        <source>That is done in a supervisor&apos;s vault.</source>
        <translation>Eso se hace en una caja fuerte de supervisión.</translation>
    </message>
    <message>
        <source>That is done in a mentor&apos;s vault.</source>
        <translation>Eso se hace en la caja fuerte de una persona mentora.</translation>
    </message>
    <message>
        <source>This packet was opened before; nothing was changed.</source>
        <translation>Este paquete ya se abrió antes; no se cambió nada.</translation>
    </message>
    <message>
        <source>This packet&apos;s content is damaged.</source>
        <translation>El contenido de este paquete está dañado.</translation>
    </message>
    <message>
        <source>This packet&apos;s content is not what peerdesk expects.</source>
        <translation>El contenido de este paquete no es el que espera peerdesk.</translation>
    </message>
    <message>
        <source>This packet has been damaged.</source>
        <translation>Este paquete está dañado.</translation>
    </message>
    <message>
        <source>This is not a peerdesk public key.</source>
        <translation>Esta no es una clave pública de peerdesk.</translation>
    </message>
    <message>
        <source>This is not a peerdesk public key file.</source>
        <translation>Este no es un archivo de clave pública de peerdesk.</translation>
    </message>
    <message>
        <source>This public key file is from a newer peerdesk; update first.</source>
        <translation>Este archivo de clave pública es de un peerdesk más nuevo; actualiza peerdesk primero.</translation>
    </message>
    <message>
        <source>This file is too large to be a peerdesk packet.</source>
        <translation>Este archivo es demasiado grande para ser un paquete de peerdesk.</translation>
    </message>
    <message>
        <source>This packet is from a newer peerdesk; update peerdesk to open it.</source>
        <translation>Este paquete es de un peerdesk más nuevo; actualiza peerdesk para abrirlo.</translation>
    </message>
    <message>
        <source>This packet has been changed since it was sealed.</source>
        <translation>Este paquete se modificó después de sellarse.</translation>
    </message>
    <message>
        <source>This packet was sealed for someone else&apos;s key, not this vault&apos;s.</source>
        <translation>Este paquete se selló para la clave de otra persona, no para la de esta caja fuerte.</translation>
    </message>
    <message>
        <source>That packet is not in the inbox.</source>
        <translation>Ese paquete no está en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Escribe primero el comentario.</translation>
    </message>
    <message>
        <source>That comment is very long; please shorten it.</source>
        <translation>Ese comentario es muy largo; acórtalo, por favor.</translation>
    </message>
    <message>
        <source>That item is not in this packet.</source>
        <translation>Ese elemento no está en este paquete.</translation>
    </message>
    <message>
        <source>The mentor&apos;s key is no longer trusted.</source>
        <translation>Ya no se confía en la clave de la persona mentora.</translation>
    </message>
    <message>
        <source>Write at least one comment before replying.</source>
        <translation>Escribe al menos un comentario antes de responder.</translation>
    </message>
    <message>
        <source>This reply is not about an export this vault sent to that key.</source>
        <translation>Esta respuesta no trata de una exportación que esta caja fuerte haya enviado a esa clave.</translation>
    </message>
    <message>
        <source>This is not a peerdesk packet, or it has been damaged.</source>
        <translation>Esto no es un paquete de peerdesk, o está dañado.</translation>
    </message>
    <message>
        <source>This packet was made by a newer peerdesk; please update.</source>
        <translation>Este paquete se hizo con un peerdesk más nuevo; actualízalo, por favor.</translation>
    </message>
    <message>
        <source>That passphrase does not open this packet (or the packet was changed).</source>
        <translation>Esa frase de contraseña no abre este paquete (o el paquete se modificó).</translation>
    </message>
    <message>
        <source>The vault database cannot be read with its key: it is damaged or was replaced. Restore it from a backup.</source>
        <translation>La base de datos de la caja fuerte no se puede leer con su clave: está dañada o fue reemplazada. Restáurala desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Contact hours could not be read.</source>
        <translation>No se pudo leer el horario de contacto.</translation>
    </message>
    <message>
        <source>Contact hours can only be given for the days of the week.</source>
        <translation>El horario de contacto solo se puede dar para los días de la semana.</translation>
    </message>
    <message>
        <source>That list is very long; a crisis card fits on one page.</source>
        <translation>Esa lista es muy larga; una tarjeta de crisis cabe en una página.</translation>
    </message>
    <message>
        <source>One section is longer than {limit:,} characters. Please shorten it or split it into two notes; your text is still in the editor.</source>
        <translation>Una sección tiene más de {limit} caracteres. Acórtala o divídela en dos notas; tu texto sigue en el editor.</translation>
    </message>
    <message>
        <source>A session is one-to-one or a group.</source>
        <translation>Una sesión es individual o en grupo.</translation>
    </message>
    <message>
        <source>The session date is in the future; please check it.</source>
        <translation>La fecha de la sesión está en el futuro; revísala.</translation>
    </message>
    <message>
        <source>A follow-up with a due date needs a few words saying what it is.</source>
        <translation>Un seguimiento con fecha necesita unas palabras que digan qué es.</translation>
    </message>
    <message>
        <source>Choose who the session was with before signing.</source>
        <translation>Elige con quién fue la sesión antes de firmar.</translation>
    </message>
    <message>
        <source>Write at least one section before signing.</source>
        <translation>Escribe al menos una sección antes de firmar.</translation>
    </message>
    <message>
        <source>A one-to-one note has one mentee; choose &apos;group&apos; for several.</source>
        <translation>Una nota individual tiene una persona; elige «grupo» para varias.</translation>
    </message>
    <message>
        <source>Write the goal in their own words: what would they like to happen?</source>
        <translation>Escribe la meta con sus propias palabras: ¿qué le gustaría que pasara?</translation>
    </message>
    <message>
        <source>Choose a life domain and a status from the lists.</source>
        <translation>Elige un área de vida y un estado de las listas.</translation>
    </message>
    <message>
        <source>That target date has already passed. Choose a date ahead, leave it empty, or confirm that you mean it.</source>
        <translation>Esa fecha objetivo ya pasó. Elige una fecha por delante, déjala vacía o confirma que es la que quieres.</translation>
    </message>
    <message>
        <source>Choose who this goal belongs to.</source>
        <translation>Elige de quién es esta meta.</translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation>Esa meta ya no existe.</translation>
    </message>
    <message>
        <source>A step needs a few words: what is the next small thing to do?</source>
        <translation>Un paso necesita unas palabras: ¿cuál es la próxima cosa pequeña que hacer?</translation>
    </message>
    <message>
        <source>A step can have at most {limit:,} characters.</source>
        <translation>Un paso puede tener como mucho {limit} caracteres.</translation>
    </message>
    <message>
        <source>The steps changed meanwhile; please try again.</source>
        <translation>Los pasos cambiaron mientras tanto; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That step no longer exists.</source>
        <translation>Ese paso ya no existe.</translation>
    </message>
    <message>
        <source>Progress is a whole number from 0 to 10.</source>
        <translation>El avance es un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>Keep it to a sentence or two (at most {limit:,} characters).</source>
        <translation>Déjalo en una o dos frases (como mucho {limit} caracteres).</translation>
    </message>
    <message>
        <source>That date is in the future; progress is about what has happened.</source>
        <translation>Esa fecha está en el futuro; el avance trata de lo que ya ha pasado.</translation>
    </message>
    <message>
        <source>This entry came from a signed session note, so it stays as recorded. Add a new entry with how it is going now.</source>
        <translation>Esta entrada viene de una nota de sesión firmada, así que se queda como se registró. Añade una entrada nueva con cómo va ahora.</translation>
    </message>
    <message>
        <source>That session note no longer exists.</source>
        <translation>Esa nota de sesión ya no existe.</translation>
    </message>
    <message>
        <source>That goal belongs to someone who was not in this session.</source>
        <translation>Esa meta es de alguien que no estuvo en esta sesión.</translation>
    </message>
    <message>
        <source>Give each of the ten statements a number from 1 to 6.</source>
        <translation>Da a cada una de las diez afirmaciones un número del 1 al 6.</translation>
    </message>
    <message>
        <source>Each statement is scored from 1 to 6.</source>
        <translation>Cada afirmación se puntúa del 1 al 6.</translation>
    </message>
    <message>
        <source>That date is in the future; a check-in is about now or earlier.</source>
        <translation>Esa fecha está en el futuro; un chequeo trata de ahora o de antes.</translation>
    </message>
    <message>
        <source>Choose who this check-in is with.</source>
        <translation>Elige con quién es este chequeo.</translation>
    </message>
    <message>
        <source>One of the chosen mentees no longer exists.</source>
        <translation>Una de las personas elegidas ya no existe.</translation>
    </message>
    <message>
        <source>This note is signed and can no longer change; add an addendum instead.</source>
        <translation>Esta nota está firmada y ya no puede cambiar; añade un anexo.</translation>
    </message>
    <message>
        <source>This note is already signed.</source>
        <translation>Esta nota ya está firmada.</translation>
    </message>
    <message>
        <source>An addendum needs some text.</source>
        <translation>Un anexo necesita algo de texto.</translation>
    </message>
    <message>
        <source>An addendum can have at most {limit:,} characters.</source>
        <translation>Un anexo puede tener como mucho {limit} caracteres.</translation>
    </message>
    <message>
        <source>Drafts can still be edited; addenda are for signed notes.</source>
        <translation>Los borradores aún se pueden editar; los anexos son para notas firmadas.</translation>
    </message>
    <message>
        <source>Signed notes are kept; add an addendum to correct one.</source>
        <translation>Las notas firmadas se conservan; añade un anexo para corregir una.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Ese seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>Write a few words saying what the reminder is for.</source>
        <translation>Escribe unas palabras sobre para qué es el recordatorio.</translation>
    </message>
    <message>
        <source>Please keep a reminder under {limit} characters.</source>
        <translation>Deja el recordatorio en menos de {limit} caracteres.</translation>
    </message>
    <message>
        <source>That date is more than a year ago; please check the year.</source>
        <translation>Esa fecha es de hace más de un año; revisa el año.</translation>
    </message>
    <message>
        <source>That reminder is no longer there.</source>
        <translation>Ese recordatorio ya no está.</translation>
    </message>
    <message>
        <source>Snooze until a time that is still to come.</source>
        <translation>Pospón hasta un momento que todavía no ha llegado.</translation>
    </message>
    <message>
        <source>That date is in the future; a check-in is about a day that has been.</source>
        <translation>Esa fecha está en el futuro; un chequeo trata de un día que ya pasó.</translation>
    </message>
    <message>
        <source>Write a few words about what you would like to talk through.</source>
        <translation>Escribe unas palabras sobre lo que te gustaría hablar.</translation>
    </message>
    <message>
        <source>That topic no longer exists.</source>
        <translation>Ese tema ya no existe.</translation>
    </message>
    <message>
        <source>There is no documentation profile with that id.</source>
        <translation>No hay ningún perfil de documentación con ese id.</translation>
    </message>
    <message>
        <source>That file is not a peerdesk backup.</source>
        <translation>Ese archivo no es una copia de seguridad de peerdesk.</translation>
    </message>
    <message>
        <source>The backup is damaged or was changed; it was not restored.</source>
        <translation>La copia de seguridad está dañada o fue modificada; no se restauró.</translation>
    </message>
    <message>
        <source>This backup was made by a newer peerdesk; please update first.</source>
        <translation>Esta copia de seguridad la hizo un peerdesk más nuevo; actualiza primero.</translation>
    </message>
    <message>
        <source>The backup did not read back correctly; it was removed. Try another disk.</source>
        <translation>La copia de seguridad no se leyó bien al comprobarla; se eliminó. Prueba con otro disco.</translation>
    </message>
    <message>
        <source>That backup file does not exist.</source>
        <translation>Ese archivo de copia de seguridad no existe.</translation>
    </message>
    <message>
        <source>That does not open this backup. A backup opens with the passphrase that was in use when it was made.</source>
        <translation>Eso no abre esta copia de seguridad. Una copia se abre con la frase de contraseña que se usaba cuando se hizo.</translation>
    </message>
    <message>
        <source>The database inside the backup is damaged; it was not restored.</source>
        <translation>La base de datos de dentro de la copia está dañada; no se restauró.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>El disco está lleno. No se cambió nada; libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>peerdesk may not write to that folder. Nothing was changed.</source>
        <translation>peerdesk no puede escribir en esa carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file could not be written ({code}). Nothing was changed.</source>
        <translation>No se pudo escribir el archivo ({code}). No se cambió nada.</translation>
    </message>
    <message>
        <source>This vault is already open in another peerdesk window or command. Close that one first.</source>
        <translation>Esta caja fuerte ya está abierta en otra ventana u orden de peerdesk. Cierra esa primero.</translation>
    </message>
    <message>
        <source>The key file is damaged (a field is not text).</source>
        <translation>El archivo de clave está dañado (un campo no es texto).</translation>
    </message>
    <message>
        <source>The key file is damaged (a field is not valid base64).</source>
        <translation>El archivo de clave está dañado (un campo no es base64 válido).</translation>
    </message>
    <message>
        <source>The key file names an unknown key derivation.</source>
        <translation>El archivo de clave nombra una derivación de clave desconocida.</translation>
    </message>
    <message>
        <source>The key file is damaged (key derivation settings).</source>
        <translation>El archivo de clave está dañado (ajustes de derivación de clave).</translation>
    </message>
    <message>
        <source>The key file asks for weaker protection than peerdesk allows; it may have been tampered with. The vault was not opened.</source>
        <translation>El archivo de clave pide una protección más débil de la que peerdesk permite; puede que lo hayan manipulado. La caja fuerte no se abrió.</translation>
    </message>
    <message>
        <source>The key file asks for an unreasonable key derivation cost.</source>
        <translation>El archivo de clave pide un coste de derivación de clave fuera de lo razonable.</translation>
    </message>
    <message>
        <source>Please use a passphrase of at least {length} characters; a few unrelated words work well.</source>
        <translation>Usa una frase de contraseña de al menos {length} caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>A recovery key has 26 letters and digits; please check it.</source>
        <translation>Una clave de recuperación tiene 26 letras y cifras; revísala.</translation>
    </message>
    <message>
        <source>That recovery key has characters that cannot be in one.</source>
        <translation>Esa clave de recuperación tiene caracteres que no pueden estar en una.</translation>
    </message>
    <message>
        <source>The key file is damaged (a key slot).</source>
        <translation>El archivo de clave está dañado (una ranura de clave).</translation>
    </message>
    <message>
        <source>The key file (vault.keys) is damaged and cannot be read.</source>
        <translation>El archivo de clave (vault.keys) está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>This is not a peerdesk key file.</source>
        <translation>Esto no es un archivo de clave de peerdesk.</translation>
    </message>
    <message>
        <source>This key file was written by a newer peerdesk; please update.</source>
        <translation>Este archivo de clave lo escribió un peerdesk más nuevo; actualiza.</translation>
    </message>
    <message>
        <source>The key file is damaged (vault id).</source>
        <translation>El archivo de clave está dañado (id de la caja fuerte).</translation>
    </message>
    <message>
        <source>The key file is damaged (no key slots).</source>
        <translation>El archivo de clave está dañado (no tiene ranuras de clave).</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Esa clave de recuperación no abre esta caja fuerte.</translation>
    </message>
    <message>
        <source>This device is no longer remembered for this vault.</source>
        <translation>Este dispositivo ya no se recuerda para esta caja fuerte.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file (vault.db) is missing; restore the vault from a backup.</source>
        <translation>Falta el archivo de la base de datos de la caja fuerte (vault.db); restaura la caja fuerte desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is older than its last saved change: the end of its journal was lost or an older copy of vault.db was put in its place. Nothing was changed; restore the vault from a backup.</source>
        <translation>La base de datos de la caja fuerte es anterior a su último cambio guardado: se perdió el final de su diario o se puso en su lugar una copia antigua de vault.db. No se cambió nada; restaura la caja fuerte desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The record of this vault&apos;s last saved change (vault.head) was missing or changed, so peerdesk cannot tell whether recent changes were lost; if something you wrote is missing, restore the vault from a backup.</source>
        <translation>El registro del último cambio guardado de esta caja fuerte (vault.head) faltaba o cambió, así que peerdesk no puede saber si se perdieron cambios recientes; si falta algo que escribiste, restaura la caja fuerte desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The record of failed attempts to open this vault was removed or replaced since you last opened peerdesk; someone may have tried to open it.</source>
        <translation>El registro de intentos fallidos de abrir esta caja fuerte se eliminó o se reemplazó desde la última vez que abriste peerdesk; puede que alguien haya intentado abrirla.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file (vault.db) is empty or cut short; nothing was opened. Restore the vault from a backup.</source>
        <translation>El archivo de la base de datos de la caja fuerte (vault.db) está vacío o cortado; no se abrió nada. Restaura la caja fuerte desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The recovery key slot in vault.keys was changed outside peerdesk, so your recovery key may no longer open this vault; make a new one now (Settings).</source>
        <translation>La ranura de la clave de recuperación en vault.keys se cambió fuera de peerdesk, así que puede que tu clave de recuperación ya no abra esta caja fuerte; crea una nueva ahora (Ajustes).</translation>
    </message>
    <message>
        <source>The remembered-device slot in vault.keys was changed outside peerdesk; forget this device and remember it again (Settings).</source>
        <translation>La ranura del dispositivo recordado en vault.keys se cambió fuera de peerdesk; olvida este dispositivo y vuelve a recordarlo (Ajustes).</translation>
    </message>
    <message>
        <source>The passphrase slot in vault.keys was changed outside peerdesk, so your passphrase may no longer open this vault; set a new one now (Settings).</source>
        <translation>La ranura de la frase de contraseña en vault.keys se cambió fuera de peerdesk, así que puede que tu frase de contraseña ya no abra esta caja fuerte; pon una nueva ahora (Ajustes).</translation>
    </message>
    <message>
        <source>A key slot was removed from or added to vault.keys outside peerdesk; make a new recovery key now (Settings).</source>
        <translation>Se quitó o se añadió una ranura de clave en vault.keys fuera de peerdesk; crea una nueva clave de recuperación ahora (Ajustes).</translation>
    </message>
    <message>
        <source>A vault already exists in that folder.</source>
        <translation>Ya hay una caja fuerte en esa carpeta.</translation>
    </message>
    <message>
        <source>%n failed attempt(s) to open this vault since you last opened peerdesk (the last on {when}).</source>
        <translation>%n intento(s) fallido(s) de abrir esta caja fuerte desde la última vez que abriste peerdesk (el último el {when}).</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
    <message>
        <source>The vault was locked while this was under way.</source>
        <translation>La caja fuerte se bloqueó mientras esto estaba en marcha.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so it cannot remember the vault.</source>
        <translation>Este ordenador no tiene un llavero seguro, así que no puede recordar la caja fuerte.</translation>
    </message>
    <message>
        <source>The new key could not be put in place. Lock and unlock peerdesk; then make a new recovery key in Settings (the one shown before no longer works).</source>
        <translation>La nueva clave no se pudo poner en su sitio. Bloquea peerdesk y vuelve a abrirlo; luego crea una nueva clave de recuperación en Ajustes (la que se mostró antes ya no funciona).</translation>
    </message>
</context>
</TS>
