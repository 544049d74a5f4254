<%include "header.gsp"%>

	<%include "menu.gsp"%>
	
        <h2>Themen</h2>

	<%include "tagcloud.gsp"%>

<%include "footer.gsp"%>
